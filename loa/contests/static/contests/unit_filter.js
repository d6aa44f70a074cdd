/* A search box above the registration's unit list (ADR 32): typing "cam khe" finds
   "Xã Cẩm Khê". The list itself is a plain <select> that works without this script. */
(function () {
  "use strict";
  var select = document.querySelector("select[data-unit-filter]");
  if (!select) { return; }
  function fold(text) {
    return text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var options = Array.prototype.slice.call(select.options).map(function (o) {
    return { option: o, folded: fold(o.textContent) };
  });
  var box = document.createElement("input");
  box.type = "search";
  box.id = select.id + "_tim";
  box.setAttribute("autocomplete", "off");
  var label = document.createElement("label");
  label.htmlFor = box.id;
  label.textContent = "Tìm đơn vị (gõ tên, có dấu hoặc không dấu)";
  select.parentNode.insertBefore(label, select);
  select.parentNode.insertBefore(box, select);
  box.addEventListener("input", function () {
    var wanted = fold(box.value);
    options.forEach(function (item) {
      var keep = !item.option.value || item.option.selected || item.folded.indexOf(wanted) !== -1;
      item.option.hidden = !keep;
      item.option.disabled = !keep;
    });
  });
})();
