// Kairos booking page embed: inserts the page in an iframe after this script and sizes it to its content.
(function () {
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var frame = document.createElement("iframe");
  frame.src = script.src.replace(/\/embed\.js(\?.*)?$/, "");
  frame.title = script.getAttribute("data-title") || "Book an appointment";
  frame.style.cssText = "display:block;width:100%;max-width:100%;height:640px;border:0;overflow:hidden";
  frame.setAttribute("scrolling", "no");
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source === frame.contentWindow && data && data.kairos === "height" && typeof data.height === "number") {
      frame.style.height = Math.ceil(data.height) + "px";
    }
  });
})();
