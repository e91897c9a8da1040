// On a known applicant-tracking system (registered only when the person turned the offer on): when an application
// form is submitted, read the posting (it is usually on the same page) and let the toolbar button offer to track it.
"use strict";

(() => {
  const APPLICATION_FORMS = [
    "form#application_form", "form#application-form", "#application-form form", // Greenhouse
    'form[action*="/apply"]', ".application-form form", // Lever
    ".ashby-application-form-container form", // Ashby
    'form[data-automation-id="applyFlowPage"]', // Workday
    "form#st-apply-form", "oc-apply-form form", // SmartRecruiters
  ];
  let sent = false;
  document.addEventListener("submit", (event) => {
    if (sent || !(event.target instanceof HTMLFormElement) || !APPLICATION_FORMS.some((s) => event.target.matches(s))) return;
    sent = true;
    const reading = globalThis.ApplyTrackReader.read(document, location.href);
    chrome.runtime.sendMessage({ type: "application-submitted", reading });
  }, true);
})();
