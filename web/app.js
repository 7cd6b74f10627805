// The search page: reads the form into the URL, calls /api/v1/search, shows
// hits with their snippets (already HTML-escaped by the server, with <mark>),
// an act with its norms of law linked, and practice counts for a norm query.
"use strict";
const $ = (s) => document.querySelector(s);
const form = $("#search");
const TYPES = { criminal: "уголовное", civil: "гражданское", administrative: "административное", economic: "экономическое", offence: "правонарушение" };
const OUTCOMES = { convicted: "обвинительный приговор", acquitted: "оправдан", granted: "иск удовлетворён", partially_granted: "удовлетворён частично",
  dismissed: "отказано", upheld: "оставлено без изменения", overturned: "отменено", returned: "возвращено", terminated: "прекращено" };
const label = (k) => TYPES[k] || OUTCOMES[k] || k;
const cap = (s) => s ? s.charAt(0).toUpperCase() + s.slice(1) : "";

function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function paramsFromForm() {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
  return p;
}

function fillForm(p) {
  for (const el of form.elements) if (el.name) el.value = p.get(el.name) || "";
}

async function getJSON(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}

async function search(p) {
  $("#act").hidden = true;
  $("#status").textContent = "Поиск…";
  try {
    const res = await getJSON("/api/v1/search?" + p);
    const page = res.page, per = res.per_page;
    let st = `Найдено: ${res.total}${res.total_exact ? "" : " (примерно)"}`;
    if (res.suggestion) {
      const s = new URLSearchParams(p); s.set("q", res.suggestion); s.delete("page");
      st += ` · Возможно, вы имели в виду: <a href="?${esc(s)}">${esc(res.suggestion)}</a>`;
    }
    $("#status").innerHTML = st;
    $("#hits").innerHTML = res.hits.map((h) => `
      <li><h2><a href="?act=${encodeURIComponent(h.id)}">${esc(cap(h.act_type))} № ${esc(h.case_number)}</a></h2>
      <div class="meta">${esc(h.court_name)} · ${esc(h.date)} · ${esc(TYPES[h.case_type] || h.case_type)} · судья ${esc(h.judge)}</div>
      <p class="snippet">${h.snippet || ""}</p></li>`).join("");
    const last = Math.min(Math.ceil(res.total / per), 50);
    let nav = "";
    for (let i = Math.max(1, page - 4); i <= Math.min(last, page + 4); i++) {
      const s = new URLSearchParams(p); s.set("page", i);
      nav += `<a class="${i === page ? "cur" : ""}" href="?${esc(s)}">${i}</a>`;
    }
    $("#pages").innerHTML = last > 1 ? nav : "";
    normPanel(p.get("norm"));
  } catch (e) {
    $("#status").innerHTML = `<span class="err">${esc(e.message)}</span>`;
    $("#hits").innerHTML = ""; $("#pages").innerHTML = ""; $("#norm").innerHTML = "";
  }
}

async function normPanel(norm) {
  $("#norm").innerHTML = "";
  if (!norm) return;
  try {
    const s = await getJSON("/api/v1/norms/" + encodeURIComponent(norm));
    const bars = (o, byKey) => Object.entries(o).sort(byKey ? (a, b) => a[0].localeCompare(b[0]) : () => 0)
      .map(([k, v]) => `<span>${esc(label(k))}: ${v}</span>`).join("");
    $("#norm").innerHTML = `<h3>${esc(s.id)} ${s.code_name ? "— " + esc(s.code_name) : ""}: ${s.acts} актов</h3>
      <div class="bars">По годам: ${bars(s.by_year, true)}</div>
      <div class="bars">По категориям: ${bars(s.by_case_type)}</div>
      <div class="bars">Исход: ${bars(s.by_outcome)}</div>
      <div class="bars">Чаще всего вместе с: ${s.cited_with.slice(0, 8).map((w) =>
        `<span><a href="?norm=${encodeURIComponent(w.id)}">${esc(w.id)}</a> (${w.acts})</span>`).join("")}</div>`;
  } catch (e) { /* the search itself already reported the problem */ }
}

// Byte offsets from the server → positions in the JS string (UTF-16).
function linkNorms(text, norms) {
  const bytes = new TextEncoder().encode(text), dec = new TextDecoder();
  let out = "", at = 0;
  const seen = new Set();
  for (const n of norms.slice().sort((a, b) => a.start - b.start)) {
    if (n.start < at || seen.has(n.start)) continue;
    seen.add(n.start);
    out += esc(dec.decode(bytes.slice(at, n.start)));
    out += `<a class="norm" href="?norm=${encodeURIComponent(n.id)}" title="${esc(n.id)}">${esc(dec.decode(bytes.slice(n.start, n.end)))}</a>`;
    at = n.end;
  }
  return out + esc(dec.decode(bytes.slice(at)));
}

async function showAct(id) {
  $("#hits").innerHTML = ""; $("#pages").innerHTML = ""; $("#norm").innerHTML = "";
  try {
    const a = await getJSON("/api/v1/acts/" + encodeURIComponent(id));
    $("#status").innerHTML = `<a href="javascript:history.back()">← к результатам</a>`;
    $("#act").innerHTML = `<h2>${esc(cap(a.act_type))} № ${esc(a.case_number)}</h2>
      <div class="meta">${esc(a.court_name)} · ${esc(a.date)} · ${esc(TYPES[a.case_type] || a.case_type)} · судья ${esc(a.judge)}</div>
      <pre>${linkNorms(a.text, a.norms || [])}</pre>`;
    $("#act").hidden = false;
  } catch (e) {
    $("#status").innerHTML = `<span class="err">${esc(e.message)}</span>`;
  }
}

function route() {
  const p = new URLSearchParams(location.search);
  fillForm(p);
  if (p.get("act")) showAct(p.get("act"));
  else search(p);
}

form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  history.pushState(null, "", "?" + paramsFromForm());
  route();
});
window.addEventListener("popstate", route);
route();
