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

// The team-member filter: a checkbox list that works without script; with it, a box above the list
// narrows the names shown as the user types (the checked ones stay checked when hidden).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("fieldset.multi").forEach(function (set) {
    var find = set.querySelector(".multi-filter");
    var options = set.querySelectorAll(".multi-options label");
    if (!find) {
      return;
    }
    find.hidden = false;
    var fold = function (text) {
      return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    };
    find.addEventListener("input", function () {
      var wanted = fold(find.value.trim());
      options.forEach(function (label) {
        label.hidden = wanted !== "" && fold(label.textContent).indexOf(wanted) < 0;
      });
    });
    // Enter in the box checks the only name left rather than submitting the whole form.
    find.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") {
        return;
      }
      event.preventDefault();
      var shown = Array.prototype.filter.call(options, function (label) { return !label.hidden; });
      if (shown.length > 0) {
        shown[0].querySelector("input").focus();
        if (shown.length === 1) {
          shown[0].querySelector("input").checked = true;
        }
      }
    });
  });
});
