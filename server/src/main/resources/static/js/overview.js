// "Delete selected" is active only while an appointment is checked.
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("delete-selected");
  var all = document.getElementById("select-all");
  if (!button) {
    return;
  }
  var boxes = function () { return document.querySelectorAll("#bulk input[name=ids]"); };
  var update = function () {
    button.disabled = !Array.prototype.some.call(boxes(), function (b) { return b.checked; });
  };
  document.getElementById("bulk").addEventListener("change", function (event) {
    if (event.target === all) {
      boxes().forEach(function (b) { b.checked = all.checked; });
    }
    update();
  });
  update();
});
