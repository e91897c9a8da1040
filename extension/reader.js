// Reads the job posting on a page: schema.org JobPosting JSON-LD first, then a small adapter per job site.
// Pure functions over a Document: no network, no storage, nothing leaves the page from here. The popup injects this
// file into the tab it captures and calls ApplyTrackReader.read(document, location.href).
// Everything it returns is plain, bounded text: the page is untrusted (a title may hold markup, JSON-LD may be huge).
(() => {
  "use strict";

  const LIMITS = { field: 200, text: 20000, jsonLd: 500000, nodes: 200, url: 2048 };

  /** Whitespace collapsed, cut to a length; "" for nothing. Never markup: callers pass text only. */
  function clean(value, max = LIMITS.field) {
    if (value === null || value === undefined) return "";
    const text = String(value).replace(/\s+/g, " ").trim();
    return text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text;
  }

  /** HTML (a JSON-LD description) to text, without running it: DOMParser documents have no scripting. */
  function htmlToText(doc, html) {
    if (!html) return "";
    const parsed = new DOMParser().parseFromString(String(html).slice(0, LIMITS.jsonLd), "text/html");
    return elementText(parsed.body);
  }

  /** An element's visible text with paragraph breaks kept, bounded. */
  function elementText(element) {
    if (!element) return "";
    const parts = [];
    let length = 0;
    const walker = (element.ownerDocument || document).createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let node = walker.currentNode;
    while (node && length < LIMITS.text) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = node.tagName;
        if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") {
          node = skip(walker);
          continue;
        }
        if (/^(P|DIV|LI|BR|H[1-6]|TR|SECTION|UL|OL)$/.test(tag)) parts.push(tag === "LI" ? "\n• " : "\n");
      } else {
        parts.push(node.nodeValue);
        length += node.nodeValue.length;
      }
      node = walker.nextNode();
    }
    const text = parts.join("").replace(/[ \t\r\f\v]+/g, " ").replace(/ *\n */g, "\n").replace(/\n{3,}/g, "\n\n").trim();
    return text.length > LIMITS.text ? text.slice(0, LIMITS.text - 1) + "…" : text;
  }

  function skip(walker) {
    let node = walker.currentNode;
    while (node) {
      if (node.nextSibling) { walker.currentNode = node.nextSibling; return walker.currentNode; }
      node = node.parentNode;
      if (!node) return null;
      walker.currentNode = node;
    }
    return null;
  }

  // --- JSON-LD -------------------------------------------------------------------------------------------------

  function typeIs(node, type) {
    const t = node && node["@type"];
    return Array.isArray(t) ? t.includes(type) : t === type;
  }

  /** Every JobPosting node in the page's JSON-LD (top level, arrays, @graph), with a bounded walk. */
  function jobPostings(doc) {
    const found = [];
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      const source = script.textContent || "";
      if (source.length > LIMITS.jsonLd) continue; // oversized: ignored, never parsed
      let data;
      try { data = JSON.parse(source); } catch { continue; }
      const queue = [data];
      let visited = 0;
      while (queue.length && visited < LIMITS.nodes) {
        const node = queue.shift();
        visited++;
        if (Array.isArray(node)) { queue.push(...node.slice(0, LIMITS.nodes)); continue; }
        if (!node || typeof node !== "object") continue;
        if (typeIs(node, "JobPosting")) found.push(node);
        if (node["@graph"]) queue.push(node["@graph"]);
      }
    }
    return found;
  }

  function nameOf(value) {
    if (!value) return "";
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return nameOf(value[0]);
    return value.name || value.legalName || "";
  }

  function placeOf(location) {
    const places = (Array.isArray(location) ? location : [location]).filter(Boolean).slice(0, 5);
    return places.map((place) => {
      if (typeof place === "string") return place;
      const address = place.address || place;
      if (typeof address === "string") return address;
      const country = nameOf(address.addressCountry);
      return [address.addressLocality, address.addressRegion, country].filter(Boolean).join(", ");
    }).filter(Boolean).join(" · ");
  }

  function salaryOf(salary) {
    if (!salary) return "";
    if (typeof salary === "string" || typeof salary === "number") return String(salary);
    const value = salary.value ?? {};
    const currency = salary.currency || salary.salaryCurrency || value.currency || "";
    const amount = (n) => (typeof n === "number" ? n.toLocaleString("en-US") : n);
    let range;
    if (typeof value === "number" || typeof value === "string") range = amount(value);
    else if (value.minValue !== undefined && value.maxValue !== undefined) range = `${amount(value.minValue)}–${amount(value.maxValue)}`;
    else range = amount(value.value ?? value.minValue ?? value.maxValue ?? "");
    const unit = (value.unitText || salary.unitText || "").toString().toLowerCase();
    return [currency, range].filter((p) => p !== "" && p !== undefined).join(" ") + (unit ? ` per ${unit}` : "");
  }

  /** JSON-LD text fields are meant to be plain; markup in them (a hostile page) is reduced to its text. */
  function plain(doc, value) {
    const s = value === null || value === undefined ? "" : String(value).slice(0, 10 * LIMITS.field);
    return s.includes("<") ? htmlToText(doc, s) : s;
  }

  function fromJsonLd(doc) {
    const posting = jobPostings(doc)[0];
    if (!posting) return null;
    const remote = posting.jobLocationType === "TELECOMMUTE" ? "Remote" : "";
    return {
      role: plain(doc, nameOf(posting.title) || posting.title),
      company: plain(doc, nameOf(posting.hiringOrganization)),
      location: plain(doc, [placeOf(posting.jobLocation), remote].filter(Boolean).join(" · ")),
      salary: salaryOf(posting.baseSalary || posting.estimatedSalary),
      employmentType: Array.isArray(posting.employmentType) ? posting.employmentType.join(", ") : posting.employmentType || "",
      datePosted: posting.datePosted || "",
      text: htmlToText(doc, posting.description),
    };
  }

  // --- Site adapters: where JSON-LD is missing or poor. Each matches by host, or by its markup when served elsewhere.

  const $ = (doc, selectors) => {
    for (const selector of selectors) {
      const element = doc.querySelector(selector);
      if (element && element.textContent.trim()) return element;
    }
    return null;
  };
  const text = (doc, selectors) => clean($(doc, selectors)?.textContent);
  const meta = (doc, property) => clean(doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content"));
  const hostCompany = (host, pattern) => {
    const match = pattern.exec(host);
    return match ? match[1].replace(/[-_]+/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()) : "";
  };

  const ADAPTERS = [
    {
      name: "linkedin",
      host: /(^|\.)linkedin\.com$/,
      detect: ".top-card-layout__title, .job-details-jobs-unified-top-card__job-title, .jobs-unified-top-card__job-title",
      read: (doc) => ({
        role: text(doc, [".job-details-jobs-unified-top-card__job-title", ".jobs-unified-top-card__job-title", ".top-card-layout__title"]),
        company: text(doc, [".job-details-jobs-unified-top-card__company-name", ".jobs-unified-top-card__company-name", ".topcard__org-name-link", ".topcard__flavor"]),
        location: text(doc, [".job-details-jobs-unified-top-card__bullet", ".jobs-unified-top-card__bullet", ".topcard__flavor--bullet"]),
        salary: text(doc, [".salary.compensation__salary", ".job-details-jobs-unified-top-card__job-insight--salary"]),
        textElement: $(doc, [".jobs-description__content", ".show-more-less-html__markup", ".description__text"]),
      }),
    },
    {
      name: "indeed",
      host: /(^|\.)indeed\.[a-z.]+$/,
      detect: "#jobDescriptionText, .jobsearch-JobInfoHeader-title",
      read: (doc) => ({
        role: text(doc, ['[data-testid="jobsearch-JobInfoHeader-title"]', ".jobsearch-JobInfoHeader-title"]).replace(/ - job post$/i, ""),
        company: text(doc, ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', ".jobsearch-CompanyInfoContainer a"]),
        location: text(doc, ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', ".jobsearch-JobInfoHeader-subtitle > div:last-child"]),
        salary: text(doc, ["#salaryInfoAndJobType .css-19j1a75", "#salaryInfoAndJobType span", '[data-testid="attribute_snippet_testid"]']),
        textElement: $(doc, ["#jobDescriptionText"]),
      }),
    },
    {
      name: "greenhouse",
      host: /(^|\.)greenhouse\.io$/,
      detect: "#app_body .app-title, .job__title, #header .company-name",
      read: (doc) => ({
        role: text(doc, [".job__title h1", "h1.app-title", ".app-title"]),
        company: text(doc, [".company-name", ".job__header .company"]).replace(/^at\s+/i, "") || meta(doc, "og:site_name"),
        location: text(doc, [".job__location", "#header .location", ".location"]),
        salary: text(doc, [".pay-range", ".job__pay-range"]),
        textElement: $(doc, [".job__description", "#content"]),
      }),
    },
    {
      name: "lever",
      host: /(^|\.)lever\.co$/,
      detect: ".posting-headline",
      read: (doc) => ({
        role: text(doc, [".posting-headline h2"]),
        company: clean(doc.querySelector(".main-header-logo img")?.getAttribute("alt")) || clean((doc.title.split(" - ")[0] || "")),
        location: text(doc, [".posting-categories .location", ".posting-categories .sort-by-time"]),
        salary: text(doc, [".posting-categories .compensation", '[data-qa="salary-range"]']),
        employmentType: text(doc, [".posting-categories .commitment"]),
        textElement: $(doc, ['[data-qa="job-description"]', ".section-wrapper.page-full-width"]),
      }),
    },
    {
      name: "workday",
      host: /(^|\.)myworkdayjobs\.com$/,
      detect: '[data-automation-id="jobPostingHeader"]',
      read: (doc, url) => ({
        role: text(doc, ['[data-automation-id="jobPostingHeader"]']),
        company: meta(doc, "og:site_name") || hostCompany(new URL(url).hostname, /^([^.]+)\.wd\d+\.myworkdayjobs\.com$/),
        location: text(doc, ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]']),
        employmentType: text(doc, ['[data-automation-id="time"] dd']),
        textElement: $(doc, ['[data-automation-id="jobPostingDescription"]']),
      }),
    },
    {
      name: "ashby",
      host: /(^|\.)ashbyhq\.com$/,
      detect: ".ashby-job-posting-heading",
      read: (doc, url) => ({
        role: text(doc, [".ashby-job-posting-heading"]),
        company: meta(doc, "og:site_name") || hostCompany(new URL(url).pathname, /^\/([^/]+)/),
        location: labelled(doc, ".ashby-job-posting-left-pane", /^location$/i),
        salary: labelled(doc, ".ashby-job-posting-left-pane", /^compensation$/i),
        employmentType: labelled(doc, ".ashby-job-posting-left-pane", /^employment type$/i),
        textElement: $(doc, [".ashby-job-posting-description", "#overview"]),
      }),
    },
    {
      name: "smartrecruiters",
      host: /(^|\.)smartrecruiters\.com$/,
      detect: ".job-sections, h1.job-title",
      read: (doc) => ({
        role: text(doc, ["h1.job-title", '[itemprop="title"]']),
        company: clean(doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]')?.getAttribute("content")) || text(doc, ['[itemprop="hiringOrganization"] [itemprop="name"]', ".header-logo-text"]),
        location: text(doc, ["spl-job-location", '[itemprop="jobLocation"]', ".job-detail .location"]),
        employmentType: text(doc, ['[itemprop="employmentType"]']),
        textElement: $(doc, [".job-sections", '[itemprop="description"]']),
      }),
    },
    {
      name: "welcometothejungle",
      host: /(^|\.)welcometothejungle\.com$/,
      detect: '[data-testid="job-metadata-block"]',
      read: (doc) => ({
        role: text(doc, ['[data-testid="job-metadata-block"] h2', '[data-testid="job-metadata-block"] h1']),
        company: text(doc, ['[data-testid="job-metadata-block"] a[href*="/companies/"] span', '[data-testid="job-metadata-block"] a[href*="/companies/"]']),
        location: clean(doc.querySelector('[data-testid="job-metadata-block"] [name="location"]')?.parentElement?.textContent),
        salary: clean(doc.querySelector('[data-testid="job-metadata-block"] [name="salary"]')?.parentElement?.textContent),
        employmentType: clean(doc.querySelector('[data-testid="job-metadata-block"] [name="contract"]')?.parentElement?.textContent),
        textElement: $(doc, ['[data-testid="job-section-description"]']),
      }),
    },
    {
      name: "stepstone",
      host: /(^|\.)stepstone\.[a-z.]+$/,
      detect: '[data-at="header-job-title"]',
      read: (doc) => ({
        role: text(doc, ['[data-at="header-job-title"]']),
        company: text(doc, ['[data-at="header-company-name"]', '[data-at="metadata-company-name"]']),
        location: text(doc, ['[data-at="metadata-location"]', '[data-at="job-ad-location"]']),
        salary: text(doc, ['[data-at="metadata-salary"]']),
        employmentType: text(doc, ['[data-at="metadata-contract-type"]', '[data-at="metadata-work-type"]']),
        textElement: $(doc, ['[data-at="job-ad-content"]', '[data-at="section-text-description-content"]']),
      }),
    },
  ];

  /** Ashby-style "<h2>Location</h2><p>Berlin</p>" pairs inside a container. */
  function labelled(doc, container, label) {
    const root = doc.querySelector(container);
    if (!root) return "";
    for (const heading of root.querySelectorAll("h2, h3, dt")) {
      if (label.test(heading.textContent.trim())) return clean(heading.nextElementSibling?.textContent);
    }
    return "";
  }

  function adapterFor(doc, url) {
    let host = "";
    try { host = new URL(url).hostname; } catch { /* not a URL: match by markup only */ }
    return ADAPTERS.find((a) => a.host.test(host)) || ADAPTERS.find((a) => doc.querySelector(a.detect));
  }

  /** The generic last resort: the page's own title and site name. */
  function fromPage(doc) {
    const title = meta(doc, "og:title") || clean(doc.querySelector("h1")?.textContent) || clean(doc.title);
    return { role: title, company: meta(doc, "og:site_name") };
  }

  /**
   * What the page says about the job: { found, reader, company, role, location, salary, employmentType, datePosted,
   * text, url }. found is false when neither JSON-LD nor an adapter recognised a posting (the fields then hold the
   * page's title, for the person to correct).
   */
  function read(doc, url) {
    const fromLd = fromJsonLd(doc);
    const adapter = adapterFor(doc, url);
    let fromSite = null;
    if (adapter) {
      const raw = adapter.read(doc, url);
      fromSite = { ...raw, text: elementText(raw.textElement) };
      delete fromSite.textElement;
    }
    const merged = {};
    for (const key of ["company", "role", "location", "salary", "employmentType", "datePosted", "text"]) {
      const a = fromLd?.[key];
      const b = fromSite?.[key];
      merged[key] = (a && String(a).trim()) ? a : (b || "");
    }
    const found = Boolean((fromLd && (fromLd.role || fromLd.company)) || (fromSite && (fromSite.role || fromSite.company)));
    if (!found) Object.assign(merged, fromPage(doc));
    const reader = fromLd && (fromLd.role || fromLd.company) ? (fromSite ? `json-ld+${adapter.name}` : "json-ld") : fromSite ? adapter.name : "page";
    return {
      found,
      reader: reader.slice(0, 40),
      company: clean(merged.company),
      role: clean(merged.role),
      location: clean(merged.location),
      salary: clean(merged.salary),
      employmentType: clean(merged.employmentType),
      datePosted: clean(merged.datePosted, 40),
      text: typeof merged.text === "string" ? merged.text.slice(0, LIMITS.text) : "",
      url: clean(String(url).split("#")[0], LIMITS.url),
    };
  }

  globalThis.ApplyTrackReader = { read, LIMITS, adapters: ADAPTERS.map((a) => a.name) };
})();
