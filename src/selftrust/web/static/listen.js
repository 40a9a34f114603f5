// selftrust "Listen": reveal the speed control and apply it. The player itself is the
// browser's own <audio controls>, which is keyboard accessible without any script.
(function () {
  "use strict";
  function wire(root) {
    var boxes = root.querySelectorAll ? root.querySelectorAll("[data-speed-for]") : [];
    Array.prototype.forEach.call(boxes, function (box) {
      var audio = document.getElementById(box.getAttribute("data-speed-for"));
      var select = box.querySelector("select");
      if (!audio || !select || box.getAttribute("data-wired")) { return; }
      box.setAttribute("data-wired", "yes");
      box.hidden = false;
      select.addEventListener("change", function () {
        var rate = parseFloat(select.value);
        if (rate >= 0.5 && rate <= 2) {
          audio.defaultPlaybackRate = rate;
          audio.playbackRate = rate;
        }
      });
    });
  }
  wire(document);
  document.addEventListener("htmx:afterSwap", function (event) { wire(event.detail.target); });
})();
