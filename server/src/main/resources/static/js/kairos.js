// Every htmx request carries the CSRF token of the page, as forms do.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A refused request (no access, not found, an error) answers with a whole page in the admin layout:
// show that page, with its navigation, instead of leaving the click without an answer. Says whether
// the answer was such a page; the calendar's drag, which posts by fetch, asks it too.
window.kairosShowsRefusedPage = function (status, type, html) {
  if (status >= 400 && (type || "").indexOf("text/html") === 0 && /<main[\s>]/.test(html)) {
    var page = new DOMParser().parseFromString(html, "text/html");
    document.title = page.title;
    document.body.replaceWith(document.adoptNode(page.body));
    return true;
  }
  return false;
};

document.addEventListener("htmx:beforeSwap", function (event) {
  var xhr = event.detail.xhr;
  if (window.kairosShowsRefusedPage(xhr.status, xhr.getResponseHeader("Content-Type"), xhr.responseText)) {
    event.detail.shouldSwap = false;
  }
});
