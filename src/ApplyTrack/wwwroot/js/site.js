// Behaviour every page shares. No inline handlers anywhere: the Content-Security-Policy allows scripts from files only.
(() => {
  // Forms that destroy something ask first, in a real <dialog> saying what will be lost:
  // <form data-confirm="Sentence." data-confirm-title="Delete …?" data-confirm-action="Delete">.
  const dialog = document.getElementById("confirm-dialog");
  let confirmed = null;
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.confirm || !dialog) return;
    if (confirmed === form) {
      confirmed = null;
      return;
    }
    event.preventDefault();
    if (!form.reportValidity()) return;
    document.getElementById("confirm-title").textContent = form.dataset.confirmTitle || "Are you sure?";
    document.getElementById("confirm-text").textContent = form.dataset.confirm;
    document.getElementById("confirm-accept").textContent = form.dataset.confirmAction || "Continue";
    dialog.returnValue = "";
    dialog.onclose = () => {
      if (dialog.returnValue !== "confirm") return;
      confirmed = form;
      form.requestSubmit(event.submitter ?? undefined);
    };
    dialog.showModal();
  });

  // The account menu closes on Escape and on a click elsewhere.
  const menu = document.querySelector(".account-menu");
  if (menu) {
    document.addEventListener("click", (event) => {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
    menu.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  // A Copy button copies the field it names (a new access token).
  document.querySelectorAll("button[data-copy]").forEach((button) => {
    button.addEventListener("click", async () => {
      const field = document.querySelector(button.dataset.copy);
      field.select();
      try { await navigator.clipboard.writeText(field.value); button.textContent = "Copied"; } catch { button.textContent = "Press Ctrl+C"; }
    });
  });

  // Read-only fields meant for copying select their whole value on focus.
  document.querySelectorAll("input[data-select-on-focus]").forEach((input) => {
    input.addEventListener("focus", () => input.select());
    input.addEventListener("click", () => input.select());
  });
})();
