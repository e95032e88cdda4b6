// A form marked data-busy that takes a while (an upload, an import): once sent, its button is
// disabled, so it is not sent twice, and its progress line is shown until the answer arrives.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-busy]").forEach(function (form) {
    form.addEventListener("submit", function () {
      // Disabled after the submit event has read the form, so the button's own value is not lost.
      setTimeout(function () {
        form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
      }, 0);
      form.setAttribute("aria-busy", "true");
      var busy = form.querySelector(".busy");
      if (busy) {
        busy.hidden = false;
      }
    });
  });
});
