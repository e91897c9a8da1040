// The service worker: registers the optional "Track this application?" content script on known applicant-tracking
// systems, and remembers a submit until the person opens the popup on that tab. It sends nothing anywhere.
"use strict";

const ATS_SCRIPT = {
  id: "ats-submit",
  matches: [
    "https://*.greenhouse.io/*", "https://jobs.lever.co/*", "https://*.myworkdayjobs.com/*",
    "https://jobs.ashbyhq.com/*", "https://*.smartrecruiters.com/*",
  ],
  js: ["reader.js", "ats-submit.js"],
  runAt: "document_idle",
};

async function syncContentScripts() {
  const { offerTracking = false } = await chrome.storage.local.get("offerTracking");
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [ATS_SCRIPT.id] });
  if (registered.length) await chrome.scripting.unregisterContentScripts({ ids: [ATS_SCRIPT.id] });
  if (offerTracking && await chrome.permissions.contains({ origins: ATS_SCRIPT.matches })) {
    await chrome.scripting.registerContentScripts([ATS_SCRIPT]);
  }
}

chrome.runtime.onInstalled.addListener(() => {
  syncContentScripts();
  chrome.storage.local.get(["serverUrl", "token"]).then(({ serverUrl, token }) => {
    if (!serverUrl || !token) chrome.runtime.openOptionsPage();
  });
});
chrome.runtime.onStartup.addListener(syncContentScripts);

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type === "settings-changed") {
    syncContentScripts().then(() => reply(true));
    return true;
  }
  if (message?.type === "application-submitted" && sender.tab?.id) {
    // Kept in session storage (memory, this browser session only) until the popup saves or the tab closes.
    const key = `submitted:${sender.tab.id}`;
    chrome.storage.session.set({ [key]: message.reading }).then(() => {
      chrome.action.setBadgeText({ tabId: sender.tab.id, text: "+" });
      chrome.action.setTitle({ tabId: sender.tab.id, title: "Track this application in ApplyTrack?" });
      reply(true);
    });
    return true;
  }
  return false;
});

chrome.tabs.onRemoved.addListener((tabId) => chrome.storage.session.remove(`submitted:${tabId}`));
