// Every htmx request carries the CSRF token of the page, as forms do.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A refused htmx request (no access, not found, an error) answers with a whole page in the admin
// layout: show that page, with its navigation, instead of leaving the click without an answer.
document.addEventListener("htmx:beforeSwap", function (event) {
  var xhr = event.detail.xhr;
  var type = xhr.getResponseHeader("Content-Type") || "";
  if (xhr.status >= 400 && type.indexOf("text/html") === 0 && /<main[\s>]/.test(xhr.responseText)) {
    event.detail.shouldSwap = false;
    var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
    document.title = page.title;
    document.body.replaceWith(document.adoptNode(page.body));
  }
});
