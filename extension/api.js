// The one place the extension talks to a server: the ApplyTrack server the person configured, nothing else.
"use strict";

const ApplyTrackApi = (() => {
  async function settings() {
    const { serverUrl = "", token = "", offerTracking = false } = await chrome.storage.local.get(["serverUrl", "token", "offerTracking"]);
    return { serverUrl, token, offerTracking };
  }

  /** "https://track.example.com/" → "https://track.example.com"; null when it is not an http(s) URL. */
  function normalizeServer(value) {
    try {
      const url = new URL(String(value).trim());
      if (url.protocol !== "https:" && url.protocol !== "http:") return null;
      return url.origin + url.pathname.replace(/\/+$/, "");
    } catch {
      return null;
    }
  }

  /** A fetch to the configured server with the token; never cookies, never another host. */
  async function call(server, token, path, init = {}) {
    const base = normalizeServer(server);
    if (!base) throw new ApiError("setup", "Set your ApplyTrack server in the extension's options.");
    const url = new URL(base + path);
    if (url.origin !== new URL(base).origin) throw new ApiError("setup", "Refusing to call another host.");
    let response;
    try {
      response = await fetch(url, {
        ...init,
        credentials: "omit",
        cache: "no-store",
        headers: { Accept: "application/json", "Content-Type": "application/json", Authorization: `Bearer ${token}`, ...(init.headers || {}) },
      });
    } catch {
      throw new ApiError("network", `Could not reach ${new URL(base).host}. Is ApplyTrack running there?`);
    }
    const body = await response.json().catch(() => null);
    if (response.ok) return { status: response.status, body };
    const detail = body?.detail || body?.title || `HTTP ${response.status}`;
    if (response.status === 401) throw new ApiError("token", "ApplyTrack refused the token (revoked or mistyped). Paste a new one in the options.");
    if (response.status === 403) throw new ApiError("scope", "This token may not save applications. Create one with applications:write.");
    if (response.status === 429) throw new ApiError("busy", "Too many requests for this token. Try again in a minute.");
    if (response.status === 400 && body?.errors) throw new ApiError("invalid", Object.values(body.errors).flat().join(" "));
    throw new ApiError("server", detail);
  }

  class ApiError extends Error {
    constructor(kind, message) {
      super(message);
      this.kind = kind;
    }
  }

  return { settings, normalizeServer, call, ApiError };
})();
