// Hides a conditional question until the choice it depends on is ticked. Without this
// script every question shows, with its "(chỉ trả lời nếu …)" note; the server ignores
// answers to questions whose condition is not met.
(function () {
  "use strict";
  var sheet = document.querySelector(".survey-sheet");
  if (!sheet) return;
  var blocks = sheet.querySelectorAll("[data-show-if-name]");
  function update() {
    blocks.forEach(function (block) {
      var name = block.getAttribute("data-show-if-name");
      var value = block.getAttribute("data-show-if-value");
      var input = sheet.querySelector('input[name="' + name + '"][value="' + value + '"]');
      var shown = !input || input.checked;
      var hiddenAbove = input && input.closest("[hidden]");
      block.hidden = !shown || !!hiddenAbove;
    });
  }
  sheet.addEventListener("change", update);
  update();
})();
