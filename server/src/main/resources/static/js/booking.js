// Inside an iframe, tells the embedding page how tall the booking page is, on load and on every change.
(function () {
  if (window.parent === window) {
    return;
  }
  function report() {
    var height = document.body.getBoundingClientRect().height;
    window.parent.postMessage({ kairos: "height", height: height }, "*");
  }
  window.addEventListener("load", report);
  if (window.ResizeObserver) {
    new ResizeObserver(report).observe(document.body);
  }
  document.documentElement.classList.add("embedded");
})();
