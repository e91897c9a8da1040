// "Classified wrong?" forms: the application choice only applies to job emails, so "Not a job email" disables it.
// The server checks the same rule; without this script the form still works.
(() => {
  function sync(form) {
    const choice = form.querySelector("input[name=label]:checked");
    const select = form.querySelector("[data-correction-application]");
    if (!choice || !select) return;
    const notJob = choice.value === "none";
    select.disabled = notJob;
    select.required = !notJob;
    if (notJob) select.value = "";
  }
  document.addEventListener("change", (event) => {
    const form = event.target.closest && event.target.closest("[data-correction-form]");
    if (form && event.target.name === "label") sync(form);
  });
})();
