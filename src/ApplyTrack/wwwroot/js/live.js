// Regions marked data-refresh-url re-render from the server whenever the user's pipeline or mailboxes change.
(() => {
  const regions = [...document.querySelectorAll("[data-refresh-url]")];
  if (regions.length === 0) return;
  let pending = null;
  async function refresh() {
    if (pending) return pending;
    pending = Promise.all(regions.map(async (region) => {
      if (region.contains(document.activeElement) && document.activeElement.matches("select, input")) return;
      const response = await fetch(region.dataset.refreshUrl, { credentials: "same-origin" });
      if (response.ok) region.innerHTML = await response.text();
    })).finally(() => { pending = null; });
    return pending;
  }
  const live = new EventSource("/api/events");
  live.addEventListener("pipeline", (event) => {
    const data = JSON.parse(event.data);
    if (data.kind === "connected") {
      document.body.dataset.live = "true";
      refresh();   // catch what changed between rendering the page and opening the stream
      return;
    }
    if (data.kind !== "heartbeat") refresh();
  });
})();
