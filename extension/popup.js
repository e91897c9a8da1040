// The popup: reads the posting in the tab (the reader runs in the page's isolated world), lets the person correct
// it, and saves it to their ApplyTrack server. Opened from the toolbar (the active tab), or as popup.html?tab=ID by
// the background worker after an application form was submitted.
"use strict";

const form = document.getElementById("capture");
const statusLine = document.getElementById("status");
let reading = null;

function say(message, kind = "") {
  statusLine.textContent = message;
  statusLine.className = kind;
}

function linkTo(href, label) {
  const link = document.createElement("a");
  link.href = href;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = label;
  return link;
}

async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(id) && id > 0) return chrome.tabs.get(id);
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

async function readTab(tab) {
  await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ["reader.js"] });
  const [result] = await chrome.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => globalThis.ApplyTrackReader.read(document, location.href),
  });
  return result?.result;
}

function fill(data) {
  for (const field of ["company", "role", "location", "salary", "url"]) {
    // .value, never markup: whatever the page said stays text.
    document.getElementById(field).value = data[field] || "";
  }
  const keep = document.getElementById("keep-text");
  const length = (data.text || "").length;
  keep.disabled = length === 0;
  keep.checked = length > 0;
  document.getElementById("keep-text-label").textContent = length > 0
    ? `Keep a copy of the posting's text (${length.toLocaleString("en-US")} characters)`
    : "No posting text found on this page";
  document.getElementById("reader").textContent = data.found
    ? `Read from ${data.reader === "page" ? "the page title" : data.reader}.`
    : "No job posting recognised here: fill in what you know.";
}

async function start() {
  const { serverUrl, token } = await ApplyTrackApi.settings();
  if (!serverUrl || !token) {
    document.getElementById("setup").hidden = false;
  }
  let tab;
  try {
    tab = await targetTab();
    const pending = (await chrome.storage.session.get(`submitted:${tab.id}`))[`submitted:${tab.id}`];
    if (pending) {
      document.getElementById("submitted").hidden = false;
      reading = pending;
    } else {
      reading = await readTab(tab);
    }
  } catch {
    reading = { found: false, url: tab?.url?.startsWith("http") ? tab.url : "", text: "" };
    say("This page cannot be read (a browser page, or access was not granted). Fill in the job yourself.");
  }
  fill(reading || {});
  (document.getElementById("company").value ? document.getElementById("save-applied") : document.getElementById("company")).focus();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = event.submitter?.value === "saved" ? "saved" : "applied";
    await save(status, tab);
  });
}

async function save(status, tab) {
  const { serverUrl, token } = await ApplyTrackApi.settings();
  const value = (id) => document.getElementById(id).value.trim();
  const url = value("url");
  const body = {
    company: value("company"),
    role: value("role"),
    status,
    posting: /^https?:\/\//i.test(url) ? {
      url,
      location: value("location") || null,
      salary: value("salary") || null,
      employmentType: reading?.employmentType || null,
      datePosted: reading?.datePosted || null,
      reader: reading?.reader || null,
      text: document.getElementById("keep-text").checked ? reading?.text || null : null,
    } : null,
  };
  const buttons = form.querySelectorAll("button");
  buttons.forEach((b) => { b.disabled = true; });
  say("Saving…");
  try {
    const { status: code, body: saved } = await ApplyTrackApi.call(serverUrl, token, "/api/v1/applications", { method: "POST", body: JSON.stringify(body) });
    statusLine.textContent = "";
    statusLine.className = "ok";
    statusLine.append(
      code === 201 ? `Saved as ${saved.status === "saved" ? "Saved" : "Applied"}. ` : `Already on your board (${saved.status}). `,
      linkTo(ApplyTrackApi.normalizeServer(serverUrl) + saved.pageUrl, "Open in ApplyTrack"));
    if (tab) await chrome.storage.session.remove(`submitted:${tab.id}`);
  } catch (error) {
    say(error.message, "error");
    buttons.forEach((b) => { b.disabled = false; });
  }
}

start();
