// Copy a draft to the clipboard. The person sends it from their own mail: ApplyTrack never sends.
document.querySelectorAll("[data-copy]").forEach(button => {
  button.addEventListener("click", async () => {
    const field = document.querySelector(button.dataset.copy);
    const subject = document.getElementById("draft-subject")?.textContent ?? "";
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      field.select();
      document.execCommand("copy");
    }
    const toast = document.getElementById("toast");
    if (toast) {
      toast.textContent = subject ? `Copied. Subject: ${subject}` : "Copied.";
      toast.hidden = false;
      setTimeout(() => { toast.hidden = true; }, 4000);
    }
  });
});
