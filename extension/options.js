// Options: which server, which token. Asks for access to that server's origin (only that one) when the manifest does
// not already grant it (it grants localhost, the default for `dotnet run`).
"use strict";

const ATS_ORIGINS = [
  "https://*.greenhouse.io/*", "https://jobs.lever.co/*", "https://*.myworkdayjobs.com/*",
  "https://jobs.ashbyhq.com/*", "https://*.smartrecruiters.com/*",
];

const result = document.getElementById("result");

function show(message, kind = "error") {
  result.textContent = message;
  result.className = kind;
}

async function load() {
  const { serverUrl, token, offerTracking } = await ApplyTrackApi.settings();
  document.getElementById("server").value = serverUrl;
  document.getElementById("token").value = token;
  document.getElementById("offer-tracking").checked = offerTracking;
}

document.getElementById("settings").addEventListener("submit", async (event) => {
  event.preventDefault();
  const serverUrl = ApplyTrackApi.normalizeServer(document.getElementById("server").value);
  const token = document.getElementById("token").value.trim();
  const offerTracking = document.getElementById("offer-tracking").checked;
  if (!serverUrl) {
    show("Enter the server's address, starting with https:// (or http:// on this computer).");
    return;
  }
  if (!/^atk_[A-Za-z0-9_-]{43}$/.test(token)) {
    show("That does not look like an ApplyTrack token (atk_ followed by 43 characters).");
    return;
  }
  // Requested inside the click: browsers only show the prompt for a user gesture.
  const origins = [`${new URL(serverUrl).origin}/*`, ...(offerTracking ? ATS_ORIGINS : [])];
  const granted = await chrome.permissions.contains({ origins }) || await chrome.permissions.request({ origins }).catch(() => false);
  if (!granted) {
    show("Without access to that address the extension cannot reach your server.");
    return;
  }
  await chrome.storage.local.set({ serverUrl, token, offerTracking });
  await chrome.runtime.sendMessage({ type: "settings-changed" });
  show("Testing…", "");
  try {
    await ApplyTrackApi.call(serverUrl, token, "/api/v1/applications?status=saved");
    show("Connected. Open a job posting and click the ApplyTrack button.", "ok");
  } catch (error) {
    if (error.kind === "scope") show("Saved. (This token cannot read applications, which is fine for saving.)", "ok");
    else show(`Saved, but the test failed: ${error.message}`);
  }
});

load();
