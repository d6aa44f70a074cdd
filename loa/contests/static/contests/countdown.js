/* The time left of a contest attempt (ADR 32). The server measures the time and refuses a
   late sheet; this only shows what is left, counted from the seconds the server wrote into
   the page (not the phone's clock). Without JavaScript the page prints the deadline. */
(function () {
  "use strict";
  var box = document.querySelector("[data-seconds-left]");
  if (!box) { return; }
  var end = Date.now() + 1000 * parseInt(box.getAttribute("data-seconds-left"), 10);
  var out = box.querySelector("[data-countdown]");
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    out.textContent = "Thời gian còn lại: " + Math.floor(left / 60) + " phút " + two(left % 60) + " giây";
    if (left > 0) { window.setTimeout(tick, 1000); }
    else { out.textContent = "Đã hết thời gian làm bài. Bấm Nộp bài ngay để bài thi được ghi nhận."; }
  }
  box.hidden = false;
  tick();
})();
