// Layer switches of the article page: each checkbox toggles a hide-<layer> class on the text.
(function () {
  var text = document.getElementById("article-text");
  if (!text) return;
  document.querySelectorAll("input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });
})();
