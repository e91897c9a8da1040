// Sync Now without a page load: the button queues a sync through the API, and the connection card says what
// happens next (queued → syncing → done) as the live region re-renders on the server's events.
(() => {
  const region = document.getElementById("connections");
  if (!region) return;
  const pending = new Map();   // connection id → id of its latest run when Sync Now was pressed
  const shown = new Map();     // connection id → { text, state }, re-applied after each re-render

  function show(id, text, state) {
    shown.set(id, { text, state });
    apply(id);
  }

  function apply(id) {
    const message = shown.get(id);
    const element = region.querySelector(`.connection[data-connection="${id}"] [data-sync-feedback]`);
    if (!element || !message) return;
    element.textContent = message.text;
    element.dataset.state = message.state;
  }

  function update() {
    for (const [id, before] of pending) {
      const card = region.querySelector(`.connection[data-connection="${id}"]`);
      if (!card) continue;
      if (card.dataset.running === "true") {
        show(id, "Syncing… new job emails appear on your board as they are found.", "syncing");
      } else if ((card.dataset.lastRun || "") !== before) {
        pending.delete(id);
        show(id, card.dataset.lastRunSummary || "Sync done.", "done");
      }
    }
    for (const id of shown.keys()) apply(id);
  }

  region.addEventListener("submit", async (event) => {
    const form = event.target.closest("form.sync-now");
    if (!form) return;
    event.preventDefault();
    const id = form.dataset.connection;
    const card = form.closest(".connection");
    pending.set(id, card.dataset.lastRun || "");
    show(id, "Queued: the sync starts in a moment.", "queued");
    const response = await fetch(`/api/connections/${id}/sync`, { method: "POST", credentials: "same-origin" });
    if (!response.ok) {
      pending.delete(id);
      show(id, "This mailbox cannot sync right now. Reload the page to see why.", "failed");
      return;
    }
    update();
  });
  region.addEventListener("refreshed", update);
})();
