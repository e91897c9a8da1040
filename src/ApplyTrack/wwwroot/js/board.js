// The pipeline board. A card changes status only through an explicit action: the Move dialog (M, or the card's
// Move… button) or drag-and-drop; arrow keys only move the focus. When the server says applications changed
// (server-sent events naming them), those cards alone are read again. On phones
// one column shows at a time, chosen from a status tab bar.
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
    await refresh(response.ok ? { changed: [id] } : undefined);
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

  // --- Live refresh. An event names the applications it changed or deleted: only those cards are read again
  // and put in their column; the other columns stay as they are. An event that names none re-reads the columns.
  let refreshing = null;
  const queued = { all: false, changed: new Set(), deleted: new Set() };
  function refresh(change) {
    if (!change) {
      queued.all = true;
    } else {
      for (const id of change.changed ?? []) { queued.deleted.delete(id); queued.changed.add(id); }
      for (const id of change.deleted ?? []) { queued.changed.delete(id); queued.deleted.add(id); }
    }
    // Bursts of events (a sync can change many cards at once) are drained by one loop; an event arriving while a
    // fetch is under way may describe a change that fetch did not see, so it is queued for the next round.
    if (refreshing) return refreshing;
    refreshing = (async () => {
      while (queued.all || queued.changed.size || queued.deleted.size) {
        if (queued.all) {
          queued.all = false;
          queued.changed.clear();
          queued.deleted.clear();
          await renderColumns();
          continue;
        }
        const changed = [...queued.changed];
        const deleted = [...queued.deleted];
        queued.changed.clear();
        queued.deleted.clear();
        deleted.forEach(removeCard);
        await Promise.all(changed.map(renderCard));
        // The first card of an empty board (or the last one leaving) swaps the welcome panel: that is a full render.
        if ((board.querySelector(".board-empty") !== null) !== (board.querySelector(".card") === null)) {
          queued.all = true;
        }
        updateCounts();
      }
    })().finally(() => { refreshing = null; });
    return refreshing;
  }

  async function renderColumns() {
    const focusedId = document.activeElement?.closest?.(".card")?.dataset.id;
    const response = await fetch("/board?handler=Columns", { credentials: "same-origin" });
    if (response.ok) {
      board.innerHTML = await response.text();
      showTab(board.dataset.tab || initialTab());
      showSummary(response);
      if (focusedId) focusCard(board.querySelector(`.card[data-id="${focusedId}"]`));
    }
  }

  async function renderCard(id) {
    const response = await fetch(`/board?handler=Card&id=${encodeURIComponent(id)}`, { credentials: "same-origin" });
    if (response.status === 404) {
      removeCard(id);
      return;
    }
    if (!response.ok) return;
    showSummary(response);
    const template = document.createElement("template");
    template.innerHTML = (await response.text()).trim();
    const card = template.content.firstElementChild;
    // A column with stages has one list per stage: the card goes to its own (a stage the page does not know yet means a full render).
    const list = board.querySelector(`.column[data-status="${card.dataset.status}"] .cards[data-stage="${card.dataset.stage ?? ""}"]`);
    const old = board.querySelector(`.card[data-id="${id}"]`);
    const focused = old !== null && old.contains(document.activeElement);
    if (!list) {
      queued.all = true;
      return;
    }
    const formerPartners = partnersOf(old);
    old?.remove();
    // Newest activity first, as the server orders a column.
    const activity = Number(card.dataset.activity);
    const before = [...list.children].find((c) => Number(c.dataset.activity) < activity);
    list.insertBefore(card, before ?? null);
    if (focused) focusCard(card);
    followPartners(id, formerPartners, partnersOf(card));
  }

  // A possible duplicate is flagged on both cards, but an event names only the card that changed (a new email's):
  // a partner whose flag disagrees with this card's news is read again too. Each re-read agrees, so it settles.
  function partnersOf(card) {
    return new Set((card?.dataset.duplicates ?? "").split(" ").filter((p) => p));
  }
  function followPartners(id, former, current) {
    for (const partnerId of new Set([...former, ...current])) {
      const partner = board.querySelector(`.card[data-id="${partnerId}"]`);
      if (partner && partnersOf(partner).has(id) !== current.has(partnerId)) queued.changed.add(partnerId);
    }
  }

  function removeCard(id) {
    const card = board.querySelector(`.card[data-id="${id}"]`);
    const partners = partnersOf(card);
    card?.remove();
    followPartners(id, partners, new Set());
  }

  function updateCounts() {
    for (const column of board.querySelectorAll(".column")) {
      const count = column.querySelectorAll(".card").length;
      const head = column.querySelector(".column-head .count");
      if (head) {
        head.textContent = String(count);
        head.setAttribute("aria-label", `${count} applications`);
      }
      const tab = board.querySelector(`.column-tab[data-tab="${column.dataset.status}"] .count`);
      if (tab) tab.textContent = String(count);
      const empty = column.querySelector(".empty");
      if (empty) empty.hidden = count > 0;
    }
    const columns = board.querySelector(".columns");
    if (columns) columns.dataset.total = String(board.querySelectorAll(".card").length);
  }

  function showSummary(response) {
    const text = response.headers.get("X-Board-Summary");
    if (text && summary) summary.textContent = decodeURIComponent(text);
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
    // The page's other live regions (the Today panel, live.js) follow the same stream rather than opening a second one.
    document.dispatchEvent(new CustomEvent("applytrack:pipeline", { detail: data }));
    if (data.kind === "connected") {
      // A change published between rendering this page and opening the stream would otherwise be missed.
      refresh().then(() => { board.dataset.connected = "true"; });
      return;
    }
    if (data.changed || data.deleted) {
      refresh({ changed: data.changed, deleted: data.deleted });
    } else if (data.kind !== "heartbeat" && data.kind !== "connection") {
      refresh();
    }
  });
  live.addEventListener("error", () => { board.dataset.connected = "false"; });

  const dialog = document.getElementById("add-dialog");
  // The button opens the dialog by itself (invoker command), even before this script has run.
  document.getElementById("add-open")?.addEventListener("click", () => {
    if (!dialog.open) dialog.showModal();
    document.getElementById("add-company").focus();
  });
  document.getElementById("add-cancel")?.addEventListener("click", () => dialog.close());
})();
