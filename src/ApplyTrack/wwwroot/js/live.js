// Regions marked data-refresh-url re-render from the server whenever the user's pipeline or mailboxes change.
// A person part-way through a form in a region keeps it: that region catches up once they leave the form.
// Disclosures marked data-key stay open across a refresh, and keep the focus on their summary; a focused button or link
// keeps the focus too.
(() => {
  const regions = [...document.querySelectorAll("[data-refresh-url]")];
  if (regions.length === 0) return;
  let pending = null;
  let again = false;

  // Focus on a field, or a disclosure holding a form left open (a correction being written).
  function inUse(region) {
    const active = document.activeElement;
    if (active && region.contains(active) && active.matches("select, textarea, input:not([type=submit]):not([type=button])")) return true;
    return [...region.querySelectorAll("details[open]")].some((details) => details.querySelector("form") !== null);
  }

  // A region in use is left as it is and marked stale, to catch up later.
  function heldBack(region) {
    if (!inUse(region)) return false;
    region.dataset.stale = "true";
    return true;
  }

  // A button or link with the focus, found again after a refresh by what names it: its id, its label, where it links.
  function focusKey(element) {
    if (element.id) return `#${CSS.escape(element.id)}`;
    const label = element.getAttribute("aria-label");
    if (label) return `${element.localName}[aria-label="${CSS.escape(label)}"]`;
    const href = element.getAttribute("href");
    return href ? `a[href="${CSS.escape(href)}"]` : null;
  }

  async function refreshRegion(region) {
    if (heldBack(region)) return;
    const response = await fetch(region.dataset.refreshUrl, { credentials: "same-origin" });
    if (!response.ok) return;
    const html = await response.text();
    // The person may have started on a form while the request was out: their work wins over the news.
    if (heldBack(region)) return;
    const open = new Set([...region.querySelectorAll("details[data-key][open]")].map((details) => details.dataset.key));
    const active = document.activeElement;
    const focused = active && region.contains(active) && active.matches("summary") ? active.closest("details[data-key]") : null;
    // A keyboard user on a button ("Done", "Snooze") or a link keeps their place when the news lands under them.
    const key = active && region.contains(active) && active.matches("button, a[href]") ? focusKey(active) : null;
    region.innerHTML = html;
    for (const details of region.querySelectorAll("details[data-key]")) {
      if (open.has(details.dataset.key)) details.open = true;
      if (focused && details.dataset.key === focused.dataset.key) details.querySelector("summary")?.focus();
    }
    if (key) region.querySelector(key)?.focus();
    delete region.dataset.stale;
    region.dispatchEvent(new CustomEvent("refreshed"));
  }

  async function refresh() {
    // One fetch at a time; an event during a fetch may describe a change it did not see, so it earns one more.
    if (pending) {
      again = true;
      return pending;
    }
    pending = (async () => {
      do {
        again = false;
        await Promise.all(regions.map(refreshRegion));
      } while (again);
    })().finally(() => { pending = null; });
    return pending;
  }

  // Leaving a form (focus moves elsewhere, or its disclosure closes) lets a stale region catch up.
  function catchUp(event) {
    const region = event.target.closest && event.target.closest("[data-refresh-url]");
    if (!region || region.dataset.stale !== "true") return;
    setTimeout(() => { if (!inUse(region)) refresh(); }, 0);
  }
  document.addEventListener("focusout", catchUp);
  document.addEventListener("toggle", catchUp, true);

  function onPipeline(data) {
    if (data.kind === "connected") {
      document.body.dataset.live = "true";
      refresh();   // catch what changed between rendering the page and opening the stream
      return;
    }
    if (data.kind !== "heartbeat") refresh();
  }
  // The board has its stream already (board.js) and passes each event on: one connection per page.
  if (document.querySelector("#board[data-live]")) {
    document.addEventListener("applytrack:pipeline", (event) => onPipeline(event.detail));
  } else {
    const live = new EventSource("/api/events");
    live.addEventListener("pipeline", (event) => onPipeline(JSON.parse(event.data)));
  }
})();
