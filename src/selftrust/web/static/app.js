// selftrust: the only script of our own. No inline scripts (the CSP forbids them).
(function () {
  "use strict";
  var ESC_WINDOW_MS = 1000;
  var lastEsc = 0;

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    var target = document.body.getAttribute("data-exit-url") || "/exit";
    // Hide what was on screen at once, then replace this history entry so Back
    // does not return here (the browser allows replacing only the current entry).
    document.title = "";
    document.body.innerHTML = "";
    window.location.replace(target);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("#quick-exit");
    if (link) { quickExit(event); }
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEsc <= ESC_WINDOW_MS) { quickExit(event); }
    lastEsc = now;
  });

  // Dismissable notices and cards (e.g. the help card): hide, never delete anything.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-dismiss]");
    if (!button) { return; }
    var box = document.getElementById(button.getAttribute("data-dismiss"));
    if (box) { event.preventDefault(); box.hidden = true; }
  });

  // "Print" links print the page (without JavaScript, the browser's own Print works too).
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-print]");
    if (link) { event.preventDefault(); window.print(); }
  });

  // After htmx swaps a section in, move focus to its status message for screen readers.
  document.addEventListener("htmx:afterSwap", function (event) {
    var status = event.detail.target.querySelector && event.detail.target.querySelector("[role=status], [role=alert]");
    if (status) { status.setAttribute("tabindex", "-1"); status.focus(); }
  });
})();
