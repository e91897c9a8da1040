// The pipeline board: status menus and drag-and-drop go through the JSON API,
// and the columns re-render whenever the server says the pipeline changed (server-sent events).
(() => {
  const board = document.getElementById("board");
  if (!board) return;
  const summary = document.getElementById("board-summary");
  const toast = document.getElementById("toast");

  function notify(message) {
    toast.textContent = message;
    toast.hidden = false;
    clearTimeout(notify.timer);
    notify.timer = setTimeout(() => { toast.hidden = true; }, 3000);
  }

  async function move(id, status) {
    const response = await fetch(`/api/applications/${id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ status }),
      credentials: "same-origin",
    });
    if (!response.ok) {
      notify("Could not move the application. Try again.");
    }
    await refresh();
  }

  let refreshing = null;
  let again = false;
  async function refresh() {
    // Coalesce bursts of events (a sync can change many cards at once) into one fetch at a time; an event that
    // arrives while a fetch is under way may describe a change that fetch did not see, so it earns one more.
    if (refreshing) {
      again = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        again = false;
        await renderColumns();
      } while (again);
    })().finally(() => { refreshing = null; });
    return refreshing;
  }

  async function renderColumns() {
    const focusedId = document.activeElement?.closest?.(".card")?.dataset.id;
    const response = await fetch("/board?handler=Columns", { credentials: "same-origin" });
    if (response.ok) {
      board.innerHTML = await response.text();
      const text = response.headers.get("X-Board-Summary");
      if (text && summary) summary.textContent = decodeURIComponent(text);
      if (focusedId) board.querySelector(`.card[data-id="${focusedId}"] .move-select`)?.focus();
    }
  }

  board.addEventListener("change", (event) => {
    const select = event.target.closest(".move-select");
    if (!select) return;
    const card = select.closest(".card");
    move(card.dataset.id, select.value);
  });

  board.addEventListener("dragstart", (event) => {
    const card = event.target.closest(".card");
    if (!card) return;
    event.dataTransfer.setData("text/plain", card.dataset.id);
    event.dataTransfer.effectAllowed = "move";
    card.classList.add("dragging");
  });
  board.addEventListener("dragend", (event) => event.target.closest?.(".card")?.classList.remove("dragging"));
  board.addEventListener("dragover", (event) => {
    const column = event.target.closest(".column");
    if (!column) return;
    event.preventDefault();
    board.querySelectorAll(".column.drop").forEach((c) => c !== column && c.classList.remove("drop"));
    column.classList.add("drop");
  });
  board.addEventListener("dragleave", (event) => {
    const column = event.target.closest(".column");
    if (column && !column.contains(event.relatedTarget)) column.classList.remove("drop");
  });
  board.addEventListener("drop", (event) => {
    const column = event.target.closest(".column");
    if (!column) return;
    event.preventDefault();
    column.classList.remove("drop");
    const id = event.dataTransfer.getData("text/plain");
    const card = board.querySelector(`.card[data-id="${id}"]`);
    if (card && card.dataset.status !== column.dataset.status) move(id, column.dataset.status);
  });

  const live = new EventSource(board.dataset.live);
  live.addEventListener("pipeline", (event) => {
    const data = JSON.parse(event.data);
    if (data.kind === "connected") {
      board.dataset.connected = "true";
      // A change published between rendering this page and opening the stream would otherwise be missed.
      refresh();
      return;
    }
    if (data.kind !== "heartbeat") refresh();
  });
  live.onerror = () => { board.dataset.connected = "false"; };

  const dialog = document.getElementById("add-dialog");
  document.getElementById("add-open")?.addEventListener("click", () => {
    dialog.showModal();
    document.getElementById("add-company").focus();
  });
  document.getElementById("add-cancel")?.addEventListener("click", () => dialog.close());
})();
