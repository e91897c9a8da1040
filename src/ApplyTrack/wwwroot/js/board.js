// The pipeline board. A card changes status only through an explicit action: the Move dialog (M, or the card's
// Move… button) or drag-and-drop; arrow keys only move the focus. Columns re-render whenever the server says the
// pipeline changed (server-sent events). On phones one column shows at a time, chosen from a status tab bar.
(() => {
  const board = document.getElementById("board");
  if (!board) return;
  const summary = document.getElementById("board-summary");
  const toast = document.getElementById("toast");
  const phone = window.matchMedia("(max-width: 640px)");
  board.classList.add("tabbed");

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
    return response.ok;
  }

  // --- Phone tab bar: which column shows. Kept across re-renders.
  function showTab(status) {
    board.dataset.tab = status;
    board.querySelectorAll(".column").forEach((c) => c.classList.toggle("current", c.dataset.status === status));
    board.querySelectorAll(".column-tab").forEach((t) => t.setAttribute("aria-pressed", String(t.dataset.tab === status)));
  }
  function initialTab() {
    const first = [...board.querySelectorAll(".column")].find((c) => c.querySelector(".card"));
    return board.dataset.tab || first?.dataset.status || "applied";
  }
  board.addEventListener("click", (event) => {
    const tab = event.target.closest(".column-tab");
    if (tab) showTab(tab.dataset.tab);
  });
  showTab(initialTab());

  // --- Live refresh.
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
      showTab(board.dataset.tab || initialTab());
      const text = response.headers.get("X-Board-Summary");
      if (text && summary) summary.textContent = decodeURIComponent(text);
      if (focusedId) focusCard(board.querySelector(`.card[data-id="${focusedId}"]`));
    }
  }

  // --- Keyboard: one tab stop per card (its link); arrows move the focus, never the card.
  function focusCard(card) {
    if (!card) return false;
    const column = card.closest(".column");
    if (phone.matches && column) showTab(column.dataset.status);
    card.querySelector(".card-link").focus();
    return true;
  }
  function columnsWithCards() {
    return [...board.querySelectorAll(".column")].filter((c) => c.querySelector(".card"));
  }
  board.addEventListener("keydown", (event) => {
    const card = event.target.closest?.(".card");
    if (!card || event.target !== card.querySelector(".card-link") || event.altKey || event.ctrlKey || event.metaKey) return;
    const column = card.closest(".column");
    const cards = [...column.querySelectorAll(".card")];
    const index = cards.indexOf(card);
    let handled = true;
    switch (event.key) {
      case "ArrowDown": focusCard(cards[index + 1]); break;
      case "ArrowUp": focusCard(cards[index - 1]); break;
      case "Home": focusCard(cards[0]); break;
      case "End": focusCard(cards[cards.length - 1]); break;
      case "ArrowLeft":
      case "ArrowRight": {
        const columns = columnsWithCards();
        const next = columns[columns.indexOf(column) + (event.key === "ArrowRight" ? 1 : -1)];
        if (next) {
          const target = [...next.querySelectorAll(".card")];
          focusCard(target[Math.min(index, target.length - 1)]);
        }
        break;
      }
      case "m":
      case "M": openMove(card); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  // --- The Move dialog: pick a status, then press Move.
  const moveDialog = document.getElementById("move-dialog");
  const moveForm = document.getElementById("move-form");
  let moving = null;
  function openMove(card) {
    moving = card;
    document.getElementById("move-name").textContent = card.dataset.name;
    document.getElementById("move-id").value = card.dataset.id;
    const radios = [...moveForm.querySelectorAll("input[name=status]")];
    radios.forEach((r) => { r.checked = r.value === card.dataset.status; });
    moveDialog.showModal();
    (radios.find((r) => r.checked) ?? radios[0]).focus();
  }
  board.addEventListener("click", (event) => {
    const button = event.target.closest("[data-move]");
    if (!button) return;
    event.preventDefault();
    openMove(button.closest(".card"));
  });
  document.getElementById("move-cancel").addEventListener("click", () => moveDialog.close());
  moveDialog.addEventListener("close", () => {
    if (moving) focusCard(board.querySelector(`.card[data-id="${moving.dataset.id}"]`));
    moving = null;
  });
  moveForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const id = document.getElementById("move-id").value;
    const status = moveForm.querySelector("input[name=status]:checked")?.value;
    const card = board.querySelector(`.card[data-id="${id}"]`);
    moveDialog.close();
    if (!status || !card || card.dataset.status === status) return;
    if (await move(id, status)) {
      const moved = board.querySelector(`.card[data-id="${id}"]`);
      focusCard(moved);
      notify(`Moved to ${moved?.closest(".column")?.querySelector("h2")?.textContent ?? status}.`);
    }
  });

  // --- Shortcut help.
  const keysDialog = document.getElementById("keys-dialog");
  document.getElementById("keys-open").addEventListener("click", () => keysDialog.showModal());
  document.addEventListener("keydown", (event) => {
    if (event.key !== "?" || event.target.closest?.("input, select, textarea") || document.querySelector("dialog[open]")) return;
    event.preventDefault();
    keysDialog.showModal();
  });

  // --- Drag and drop (mouse): dropping on another column is itself the explicit action.
  board.addEventListener("dragstart", (event) => {
    const card = event.target.closest?.(".card");
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
  live.addEventListener("error", () => { board.dataset.connected = "false"; });

  const dialog = document.getElementById("add-dialog");
  document.getElementById("add-open")?.addEventListener("click", () => {
    dialog.showModal();
    document.getElementById("add-company").focus();
  });
  document.getElementById("add-cancel")?.addEventListener("click", () => dialog.close());
})();
