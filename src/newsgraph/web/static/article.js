// details come from the escaped quote cards: textContent only, never innerHTML
document.getElementById("article-text").addEventListener("click", function (ev) {
  var el = ev.target.closest("[data-quote],[data-event]");
  var box = document.getElementById("details");
  if (!el) return;
  var card = el.dataset.quote ? document.getElementById("quote-" + el.dataset.quote)
                              : document.getElementById("event-" + el.dataset.event);
  box.textContent = card ? card.textContent.replace(/\s+/g, " ").trim() : "";
});
