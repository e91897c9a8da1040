// Regions marked data-refresh-url re-render from the server whenever the user's pipeline or mailboxes change.
(() => {
  const regions = [...document.querySelectorAll("[data-refresh-url]")];
  if (regions.length === 0) return;
  let pending = null;
  let again = false;
  async function refresh() {
    // One fetch at a time; an event during a fetch may describe a change it did not see, so it earns one more.
    if (pending) {
      again = true;
      return pending;
    }
    pending = (async () => {
      do {
        again = false;
        await Promise.all(regions.map(async (region) => {
          if (region.contains(document.activeElement) && document.activeElement.matches("select, input")) return;
          const response = await fetch(region.dataset.refreshUrl, { credentials: "same-origin" });
          if (response.ok) {
            region.innerHTML = await response.text();
            region.dispatchEvent(new CustomEvent("refreshed"));
          }
        }));
      } while (again);
    })().finally(() => { pending = null; });
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
