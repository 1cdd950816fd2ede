// Article page: highlight the span of the fact named in the address (#f-...), and sort the facts table by column.
(function () {
  function mark() {
    document.querySelectorAll(".seg.hit").forEach(function (s) { s.classList.remove("hit"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    document.querySelectorAll('[data-f~="' + CSS.escape(id) + '"]').forEach(function (s) { s.classList.add("hit"); });
  }
  function sortable(table) {
    var body = table.tBodies[0];
    table.querySelectorAll("thead th").forEach(function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var numeric = th.dataset.type === "num";
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].dataset.sort || a.cells[col].textContent;
          var y = b.cells[col].dataset.sort || b.cells[col].textContent;
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return up ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  document.querySelectorAll("table.facts").forEach(sortable);
  window.addEventListener("hashchange", mark);
  mark();
})();
