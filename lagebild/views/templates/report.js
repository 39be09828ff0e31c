// Clicking (or pressing Enter on) a chart mark shows its evidence sentence in the
// detail panel and highlights its row. Nodes are cloned, never built from strings.
(function () {
  function show(mark) {
    var row = document.getElementById(mark.getAttribute("data-claim"));
    var panel = document.getElementById("detail");
    if (!row || !panel) return;
    document.querySelectorAll(".mark.active, tr.focus").forEach(function (el) {
      el.classList.remove("active"); el.classList.remove("focus");
    });
    mark.classList.add("active");
    row.classList.add("focus");
    var cells = row.querySelectorAll("td");
    panel.replaceChildren();
    var head = document.createElement("p");
    head.className = "detail-head";
    head.textContent = cells[1].textContent + " — " + cells[2].textContent + " (" + cells[0].textContent + ")";
    var quote = document.createElement("blockquote");
    quote.className = "detail-evidence";
    quote.append(...Array.from(row.querySelector("td.evidence").childNodes).map(function (n) { return n.cloneNode(true); }));
    panel.append(head, quote);
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest(".mark");
    if (mark) show(mark);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.classList && event.target.classList.contains("mark")) show(event.target);
  });
})();
