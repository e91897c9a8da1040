// The rules editor: plain form controls over the rules JSON API, usable with the keyboard alone and on a phone.
(() => {
  const root = document.getElementById("rules-app");
  if (!root) return;
  const $ = (id) => document.getElementById(id);
  const status = $("rules-status");

  const fieldNames = {
    sender: "Sender's address", senderName: "Sender's name", subject: "Subject", body: "Text of the email (new mail only)",
    mailbox: "Mailbox", folder: "Folder", label: "ApplyTrack's reading (label)", event: "ApplyTrack's reading (event)", language: "Language",
  };
  const operatorNames = { is: "is", contains: "contains", domain: "is from the domain", matches: "matches the pattern (advanced)" };
  const actionNames = {
    notJob: "It is not a job email (leave no trace)", jobEmail: "It is a job email…", setStatus: "Set the status…", setStage: "Set the stage…",
    assignApplication: "Put it on the application…", assignCompany: "It is about the company…", addNote: "Add the note…", tag: "Add the tag…",
    stop: "Stop: no further rules",
  };
  const labelNames = { none: "Not a job email", applied: "Applied", interviewing: "Interviewing", offer: "Offer", rejected: "Rejected" };
  const statusNames = { saved: "Saved", applied: "Applied", interviewing: "Interviewing", offer: "Offer Extended", rejected: "Rejected", withdrawn: "Withdrawn" };
  const eventName = (e) => e.replace(/_/g, " ");

  let vocab = null;
  let rules = [];
  let editing = null;

  async function api(method, url, body) {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = null; }
    return { ok: response.ok, status: response.status, data };
  }

  function say(text) { status.textContent = text; }

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "dataset") Object.assign(node.dataset, value);
      else if (key.startsWith("aria-") || key === "for" || key === "role") node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children.flat()) node.append(child);
    return node;
  }

  function select(label, options, value) {
    const control = el("select", { "aria-label": label });
    for (const [optionValue, text] of options) control.append(el("option", { value: optionValue, textContent: text, selected: optionValue === value }));
    return control;
  }

  // --- The list.
  function renderList() {
    const list = $("rules-list");
    list.replaceChildren();
    $("rules-empty").hidden = rules.length > 0;
    rules.forEach((rule, index) => {
      const enabled = el("input", { type: "checkbox", checked: rule.enabled, "aria-label": `Rule “${rule.name}” is on` });
      enabled.addEventListener("change", () => save(rule.id, { ...toRequest(rule), enabled: enabled.checked }));
      const fired = rule.firedCount > 0 ? ` Acted on ${rule.firedCount} email${rule.firedCount === 1 ? "" : "s"}.` : "";
      const up = el("button", { type: "button", className: "btn btn-ghost", textContent: "Move up", disabled: index === 0, "aria-label": `Move “${rule.name}” up` });
      const down = el("button", { type: "button", className: "btn btn-ghost", textContent: "Move down", disabled: index === rules.length - 1, "aria-label": `Move “${rule.name}” down` });
      const edit = el("button", { type: "button", className: "btn", textContent: "Edit", "aria-label": `Edit “${rule.name}”` });
      const remove = el("button", { type: "button", className: "btn btn-ghost", textContent: "Delete", "aria-label": `Delete “${rule.name}”` });
      up.addEventListener("click", () => reorder(index, index - 1));
      down.addEventListener("click", () => reorder(index, index + 1));
      edit.addEventListener("click", () => openEditor(rule));
      remove.addEventListener("click", () => removeRule(rule));
      list.append(el("li", { className: "card-panel rule-item", dataset: { id: rule.id } },
        el("label", { className: "choice" }, enabled, " On"),
        el("div", { className: "rule-text" }, el("strong", { textContent: `${index + 1}. ${rule.name}` }), el("div", { className: "small muted", textContent: rule.summary + fired })),
        el("div", { className: "rule-buttons" }, edit, up, down, remove)));
    });
  }

  async function load() {
    const [rulesResponse, vocabResponse] = await Promise.all([api("GET", "/api/rules"), api("GET", "/api/rules/vocabulary")]);
    if (!rulesResponse.ok || !vocabResponse.ok) { say("Could not load your rules. Reload the page to try again."); return; }
    rules = rulesResponse.data;
    vocab = vocabResponse.data;
    renderList();
    renderStages();
  }

  async function reorder(from, to) {
    const ids = rules.map((r) => r.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    const response = await api("PUT", "/api/rules/order", { ids });
    if (response.ok) {
      rules = response.data;
      renderList();
      say(`Moved “${rules[to].name}” to position ${to + 1}.`);
      document.querySelector(`#rules-list li[data-id="${moved}"] .btn`)?.focus();
    }
  }

  async function removeRule(rule) {
    if (!window.confirm(`Delete the rule “${rule.name}”?`)) return;
    const response = await api("DELETE", `/api/rules/${rule.id}`);
    if (response.ok) {
      rules = rules.filter((r) => r.id !== rule.id);
      renderList();
      say(`Deleted “${rule.name}”.`);
      $("rule-new").focus();
    }
  }

  // --- The editor.
  function valueControl(kind, label, value) {
    const lists = {
      label: Object.entries(labelNames),
      event: vocab.events.map((e) => [e, eventName(e)]),
      language: Object.entries(vocab.languages),
      mailbox: vocab.mailboxes.map((m) => [m, m]),
      jobEmail: Object.entries(labelNames).filter(([k]) => k !== "none"),
      setStatus: Object.entries(statusNames).filter(([k]) => k !== "withdrawn" && k !== "saved"),
      setStage: vocab.stages.map((s) => [s.key, `${statusNames[s.status]} · ${s.name}`]),
      assignApplication: vocab.applications.map((a) => [a.id, a.name]),
    };
    if (kind in lists) {
      const options = lists[kind];
      if (options.length === 0) return el("p", { className: "small muted", textContent: kind === "setStage" ? "Define stages below first." : "Nothing to choose yet.", dataset: { empty: "true" } });
      return select(label, options, value ?? options[0][0]);
    }
    return el("input", { value: value ?? "", "aria-label": label, maxLength: 500, autocomplete: "off" });
  }

  function conditionRow(condition) {
    const row = el("div", { className: "rule-row condition" });
    const index = () => [...$("rule-conditions").children].indexOf(row) + 1;
    const field = select("What to look at", Object.keys(vocab.fields).map((f) => [f, fieldNames[f] ?? f]), condition?.field ?? "sender");
    let operator, value, hint;
    const build = (keepValue) => {
      const old = keepValue ? value?.value : undefined;
      operator?.remove(); value?.remove(); hint?.remove();
      operator = select("How to compare", vocab.fields[field.value].map((o) => [o, operatorNames[o] ?? o]), condition?.operator);
      const listed = ["label", "event", "language", "mailbox"].includes(field.value);
      value = valueControl(listed ? field.value : "text", "Value", old ?? condition?.value);
      hint = el("p", { className: "small muted" });
      const explain = () => {
        hint.textContent = operator.value === "matches" ? "Advanced: a regular expression, not case-sensitive; one that takes too long simply does not match."
          : field.value === "body" ? "Checked while new mail is read; the text is never stored. A test over past mail cannot check it."
          : field.value === "sender" && operator.value === "domain" ? "What follows the @, e.g. contoso.com (subdomains count too)." : "";
        hint.hidden = hint.textContent === "";
      };
      operator.addEventListener("change", explain);
      explain();
      remove.before(operator, value);
      row.append(hint);
      condition = null;
      row.renumber?.();
    };
    const remove = el("button", { type: "button", className: "btn btn-ghost", textContent: "Remove" });
    remove.addEventListener("click", () => { const next = row.nextElementSibling ?? row.previousElementSibling; row.remove(); renumber(); (next?.querySelector("select") ?? $("condition-add")).focus(); });
    field.addEventListener("change", () => build(false));
    row.append(field, remove);
    build(false);
    row.renumber = () => {
      const n = index();
      field.setAttribute("aria-label", `Condition ${n}: what to look at`);
      operator.setAttribute("aria-label", `Condition ${n}: how to compare`);
      value.setAttribute?.("aria-label", `Condition ${n}: value`);
      remove.setAttribute("aria-label", `Remove condition ${n}`);
    };
    row.read = () => ({ field: field.value, operator: operator.value, value: value.value ?? "" });
    return row;
  }

  function actionRow(action) {
    const row = el("div", { className: "rule-row action" });
    const type = select("What to do", vocab.actions.map((a) => [a, actionNames[a] ?? a]), action?.type ?? "tag");
    let value = null;
    const build = () => {
      value?.remove();
      value = ["notJob", "stop"].includes(type.value) ? null : valueControl(["addNote", "tag", "assignCompany"].includes(type.value) ? "text" : type.value, "Value", action?.value);
      if (value) remove.before(value);
      action = null;
      row.renumber?.();
    };
    const remove = el("button", { type: "button", className: "btn btn-ghost", textContent: "Remove" });
    remove.addEventListener("click", () => { const next = row.nextElementSibling ?? row.previousElementSibling; row.remove(); renumber(); (next?.querySelector("select") ?? $("action-add")).focus(); });
    type.addEventListener("change", build);
    row.append(type, remove);
    build();
    row.renumber = () => {
      const n = [...$("rule-actions").children].indexOf(row) + 1;
      type.setAttribute("aria-label", `Action ${n}: what to do`);
      value?.setAttribute?.("aria-label", `Action ${n}: value`);
      remove.setAttribute("aria-label", `Remove action ${n}`);
    };
    row.read = () => ({ type: type.value, value: value && value.value !== undefined ? value.value : null });
    return row;
  }

  function renumber() {
    for (const row of document.querySelectorAll("#rule-conditions .rule-row, #rule-actions .rule-row")) row.renumber?.();
  }

  function openEditor(rule) {
    editing = rule?.id ?? null;
    $("rule-editor").hidden = false;
    $("rule-editor-title").textContent = rule ? `Edit “${rule.name}”` : "New rule";
    $("rule-name").value = rule?.name ?? "";
    $("rule-enabled").checked = rule?.enabled ?? true;
    $("rule-match").value = rule?.match ?? "all";
    $("rule-conditions").replaceChildren(...(rule?.conditions ?? [null]).map(conditionRow));
    $("rule-actions").replaceChildren(...(rule?.actions ?? [null]).map(actionRow));
    renumber();
    $("rule-errors").hidden = true;
    $("rule-test-result").replaceChildren();
    $("rule-name").focus();
  }

  function closeEditor() {
    $("rule-editor").hidden = true;
    editing = null;
    $("rule-new").focus();
  }

  function readEditor() {
    return {
      name: $("rule-name").value,
      enabled: $("rule-enabled").checked,
      match: $("rule-match").value,
      conditions: [...$("rule-conditions").children].map((r) => r.read()),
      actions: [...$("rule-actions").children].map((r) => r.read()),
    };
  }

  const toRequest = (rule) => ({ name: rule.name, enabled: rule.enabled, match: rule.match, conditions: rule.conditions, actions: rule.actions });

  function showErrors(problem) {
    const box = $("rule-errors");
    const messages = problem?.errors ? Object.entries(problem.errors).map(([key, list]) => `${describeKey(key)}: ${list.join(" ")}`) : [problem?.detail ?? "Something went wrong. Try again."];
    box.replaceChildren(el("p", { textContent: "Please check the rule:" }), el("ul", {}, messages.map((m) => el("li", { textContent: m }))));
    box.hidden = false;
    box.focus?.();
  }

  function describeKey(key) {
    const m = /^(conditions|actions)\[(\d+)\]/.exec(key);
    if (m) return `${m[1] === "conditions" ? "Condition" : "Action"} ${Number(m[2]) + 1}`;
    return { name: "Name", match: "Conditions", conditions: "Conditions", actions: "Actions", rules: "Rules" }[key] ?? key;
  }

  async function save(id, request) {
    const response = id ? await api("PUT", `/api/rules/${id}`, request) : await api("POST", "/api/rules", request);
    if (!response.ok) {
      if (id && $("rule-editor").hidden) say(response.data?.title ?? "Could not save the rule.");
      else showErrors(response.data);
      return false;
    }
    const saved = response.data;
    rules = id ? rules.map((r) => (r.id === id ? saved : r)) : [...rules, saved];
    renderList();
    say(`Saved “${saved.name}”.`);
    return true;
  }

  async function test() {
    const result = $("rule-test-result");
    result.replaceChildren(el("p", { textContent: "Testing…" }));
    const response = await api("POST", "/api/rules/test", readEditor());
    if (!response.ok) { result.replaceChildren(); showErrors(response.data); return; }
    $("rule-errors").hidden = true;
    const { scanned, days, matches, note } = response.data;
    const heading = el("h3", { textContent: matches.length === 0
      ? `It would have matched none of your ${scanned} job emails of the last ${days} days.`
      : `It would have matched ${matches.length} of your ${scanned} job emails of the last ${days} days:` });
    const list = el("ol", {}, matches.map((m) => el("li", {},
      el("strong", { textContent: m.subject || "(no subject)" }),
      el("span", { className: "small muted", textContent: ` · ${m.sender} · ${labelNames[m.label] ?? m.label}${m.undecided ? " · depends on the text" : ""}` }))));
    result.replaceChildren(heading, ...(matches.length ? [list] : []), ...(note ? [el("p", { className: "small muted", textContent: note })] : []));
  }

  // --- Stages.
  function renderStages() {
    const container = $("stages");
    container.replaceChildren();
    for (const [statusKey, name] of Object.entries(statusNames)) {
      const id = `stages-${statusKey}`;
      const text = el("textarea", { id, value: vocab.stages.filter((s) => s.status === statusKey).map((s) => s.name).join("\n"), rows: 4 });
      const button = el("button", { type: "button", className: "btn", textContent: `Save ${name} stages` });
      button.addEventListener("click", async () => {
        const names = text.value.split("\n").map((s) => s.trim()).filter(Boolean);
        const response = await api("PUT", `/api/stages/${statusKey}`, { names });
        if (response.ok) {
          vocab.stages = response.data;
          say(`Saved the stages of ${name}.`);
        } else {
          say(Object.values(response.data?.errors ?? {}).flat().join(" ") || "Could not save the stages.");
        }
      });
      container.append(el("div", {}, el("label", { for: id, textContent: `${name} (one stage per line, in order)` }), text, button));
    }
  }

  // --- Apply to past mail.
  async function startPast() {
    const days = Number($("past-days").value);
    const response = await api("POST", "/api/rules/apply-to-past", { days });
    if (!response.ok) { $("past-status").textContent = response.data?.detail ?? Object.values(response.data?.errors ?? {}).flat().join(" "); return; }
    $("past-start").disabled = true;
    showProgress(response.data);
    while (true) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const poll = await api("GET", "/api/rules/apply-to-past");
      if (!poll.ok || !poll.data) break;
      showProgress(poll.data);
      if (poll.data.state !== "running") break;
    }
    $("past-start").disabled = false;
    load();
  }

  function showProgress(p) {
    const bar = $("past-progress");
    bar.hidden = false;
    bar.max = Math.max(p.total, 1);
    bar.value = p.done;
    $("past-status").textContent = p.state === "running"
      ? `Re-reading ${p.done} of ${p.total} emails…`
      : p.state === "done"
        ? `Done: ${p.total} emails re-read, rules acted on ${p.matched}${p.removed ? ` (${p.removed} no longer counted as job email)` : ""}${p.unavailable ? `, ${p.unavailable} no longer in the mailbox` : ""}.`
        : p.error ?? "Stopped.";
  }

  // --- Import.
  async function importRules() {
    const file = $("import-file").files[0];
    if (!file) { say("Choose a rules file first."); $("import-file").focus(); return; }
    let parsed;
    try { parsed = JSON.parse(await file.text()); } catch { say("That file is not JSON."); return; }
    const response = await api("POST", "/api/rules/import", { ...parsed, replace: $("import-replace").checked });
    if (!response.ok) { say(Object.values(response.data?.errors ?? {}).flat().join(" ") || "Could not import the rules."); return; }
    rules = response.data;
    renderList();
    say(`Imported. You have ${rules.length} rule${rules.length === 1 ? "" : "s"}.`);
  }

  $("rule-new").addEventListener("click", () => openEditor(null));
  $("condition-add").addEventListener("click", () => { const row = conditionRow(null); $("rule-conditions").append(row); renumber(); row.querySelector("select").focus(); });
  $("action-add").addEventListener("click", () => { const row = actionRow(null); $("rule-actions").append(row); renumber(); row.querySelector("select").focus(); });
  $("rule-cancel").addEventListener("click", closeEditor);
  $("rule-test").addEventListener("click", test);
  $("rule-save").addEventListener("click", async () => { if (await save(editing, readEditor())) closeEditor(); });
  $("rule-editor").addEventListener("keydown", (event) => { if (event.key === "Escape") closeEditor(); });
  $("past-start").addEventListener("click", startPast);
  $("import-start").addEventListener("click", importRules);
  $("rule-errors").tabIndex = -1;
  load();
})();
