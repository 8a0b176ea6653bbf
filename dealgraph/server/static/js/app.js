// The graph page: filters -> /api/graph -> cytoscape; edge -> deals -> claims -> article.
import { KIND_COLORS, api, barChart, el, label, renderText, reviewButtons, setupAuth, setupSearch, usd } from "./common.js";

const FILTERS = ["kind", "status", "date_from", "date_to", "min_usd", "lang", "entity", "limit"];
const form = document.getElementById("filters");
const statusBox = document.getElementById("graph-status");
const details = document.getElementById("details");
const article = document.getElementById("article");
let cy = null;

function filterParams() {
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const field = form.elements[name];
    if (!field) continue;
    if (field.multiple) for (const o of field.selectedOptions) p.append(name, o.value);
    else if (field.value.trim()) p.set(name, field.value.trim());
  }
  const entity = new URLSearchParams(location.search).get("entity");
  if (entity) p.set("entity", entity);
  return p;
}

function loadFiltersFromUrl() {
  const q = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const field = form.elements[name];
    if (!field || !q.has(name)) continue;
    if (field.multiple) { const vals = q.getAll(name); for (const o of field.options) o.selected = vals.includes(o.value); }
    else field.value = q.get(name);
  }
}

function nodeSize(money, max) {
  return 18 + 62 * Math.sqrt(money / (max || 1));
}

function elements(graph) {
  const max = Math.max(...graph.nodes.map((n) => n.money), 1);
  const maxEdge = Math.max(...graph.edges.map((e) => e.amount_usd), 1);
  const nodes = graph.nodes.map((n) => ({ group: "nodes", data: { ...n, size: nodeSize(n.money, max) } }));
  const edges = graph.edges.map((e) => ({
    group: "edges", classes: e.dashed ? "dashed" : "",
    data: { ...e, color: KIND_COLORS[e.kind] || "#888", width: 1.5 + 7 * Math.sqrt(e.amount_usd / maxEdge),
      caption: e.amount_usd ? usd(e.amount_usd) : e.pct ? `${e.pct}%` : label(e.kind) },
  }));
  return [...nodes, ...edges];
}

const STYLE = [
  { selector: "node", style: { "background-color": "#3b4a6b", label: "data(label)", width: "data(size)", height: "data(size)",
    "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, color: "#1d1d1f", "text-outline-color": "#fff", "text-outline-width": 2 } },
  { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
    "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85, label: "data(caption)", "font-size": 9,
    color: "#444", "text-rotation": "autorotate", "text-outline-color": "#fff", "text-outline-width": 2 } },
  { selector: "edge.dashed", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
  { selector: ":selected", style: { "overlay-color": "#1f5fbf", "overlay-opacity": 0.18, "overlay-padding": 4 } },
  { selector: ".faded", style: { opacity: 0.12 } },
  { selector: "node.hl", style: { "background-color": "#e8590c", "border-width": 3, "border-color": "#a33c00" } },
  { selector: "edge.hl", style: { "line-color": "#e8590c", "target-arrow-color": "#e8590c", opacity: 1, width: 6, "z-index": 10 } },
];

async function loadGraph() {
  statusBox.textContent = "Loading…";
  const params = filterParams();
  history.replaceState(null, "", `/?${params}`);
  try {
    const graph = await api(`/api/graph?${params}`);
    drawGraph(graph);
    statusBox.textContent = `${graph.edges.length} of ${graph.total_edges} edges (${graph.total_deals} deals)` +
      (graph.truncated ? " · showing the largest" : "");
  } catch (err) {
    statusBox.textContent = `Error: ${err.message}`;
  }
}

function drawGraph(graph) {
  if (cy) cy.destroy();
  cy = window.cytoscape({ container: document.getElementById("cy"), elements: elements(graph), style: STYLE,
    layout: { name: graph.nodes.length > 1 ? "cose" : "grid", animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 50 },
    wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
  window.dealgraphCy = cy;  // for tests and the console
  cy.on("tap", "edge", (e) => showEdge(e.target.data()));
  cy.on("tap", "node", (e) => showNode(e.target.data()));
  const names = document.getElementById("entity-names");
  names.replaceChildren(...graph.nodes.map((n) => el("option", { value: n.id })));
}

function legend() {
  const box = document.getElementById("legend");
  box.replaceChildren(...Object.entries(KIND_COLORS).map(([k, c]) => {
    const swatch = el("i"); swatch.style.background = c;
    return el("span", {}, swatch, label(k));
  }), el("span", {}, el("i", { class: "dash" }), "unconfirmed"));
}

function selectTab(name) {
  for (const b of document.querySelectorAll(".tabs button")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const t of document.querySelectorAll(".tab")) t.hidden = t.id !== `tab-${name}`;
}

function claimItem(c) {
  const badge = el("span", { class: c.review ? `review review-${c.review.action}` : "review", hidden: !c.review },
    c.review ? `${c.review.action}ed by ${c.review.reviewer}` : "");
  const item = el("li", { class: "claim", dataset: { key: c.key } },
    el("div", { class: "claim-head" },
      el("span", { class: "kind" }, label(c.kind)), el("b", {}, c.source || "?"), "→", el("b", {}, c.target || "?"),
      c.amount_usd ? el("span", { class: "amount" }, usd(c.amount_usd)) : null,
      c.pct ? el("span", {}, `${c.pct}%`) : null,
      el("span", { class: "status" }, label(c.status)), c.date ? el("span", { class: "date" }, c.date) : null, badge),
    el("blockquote", { lang: c.lang }, c.evidence),
    el("div", { class: "source-link" },
      el("a", { href: "#", onclick: (e) => { e.preventDefault(); showArticle(c.doc_id, c.key); } }, "Show in article"),
      " · ", el("a", { href: `/documents/${c.doc_id}#span-${c.key}` }, c.doc_title || c.doc_path),
      c.doc_published ? ` · ${c.doc_published}` : "", ` · ${c.lang}`),
    reviewButtons(c.key, (updated) => {
      badge.hidden = false; badge.className = `review review-${updated.review.action}`;
      badge.textContent = `${updated.review.action}ed by ${updated.review.reviewer}`;
    }));
  item.querySelector(".kind").style.background = KIND_COLORS[c.kind] || "#888";
  return item;
}

async function showEdge(edge) {
  selectTab("details");
  details.replaceChildren(el("h2", {}, `${edge.source} → ${edge.target}`),
    el("p", {}, `${label(edge.kind)} · ${usd(edge.amount_usd) || "no amount"} · ${edge.deals.length} deal(s)`));
  article.hidden = true;
  let first = null;
  for (const id of edge.deals.slice(0, 20)) {
    const { deal, claims } = await api(`/api/deals/${encodeURIComponent(id)}`);
    first = first || claims[0];
    details.append(el("div", { class: deal.dashed ? "deal dashed" : "deal" },
      el("div", { class: "deal-head" }, el("b", {}, label(deal.kind)), usd(deal.amount_usd),
        el("span", { class: "status" }, label(deal.status)), deal.date || ""),
      el("ol", { class: "claim-list" }, claims.map(claimItem))));
  }
  if (first) showArticle(first.doc_id, first.key);
}

async function showArticle(docId, key) {
  const { document: doc, spans } = await api(`/api/documents/${encodeURIComponent(docId)}`);
  const text = el("div", { class: "text", lang: doc.lang });
  const source = doc.url ? el("a", { href: doc.url, rel: "noopener noreferrer nofollow" }, doc.url) : el("code", {}, doc.path);
  article.replaceChildren(el("h2", { lang: doc.lang }, doc.title || doc.path),
    el("div", { class: "meta" }, `${doc.published || "date unknown"} · ${doc.lang} · `, source, " · ",
      el("a", { href: `/documents/${doc.id}#span-${key}` }, "full page")), text);
  article.hidden = false;
  renderText(text, doc.text, spans, key);
}

function showNode(node) {
  selectTab("details");
  article.hidden = true;
  const url = `/entities/${encodeURIComponent(node.id)}`;
  details.replaceChildren(el("h2", {}, node.id),
    el("p", {}, `Money in ${usd(node.money_in) || "$0"} · money out ${usd(node.money_out) || "$0"}`),
    el("p", {}, el("a", { href: url }, "Timeline and exposure"), " · ",
      el("a", { href: `/?entity=${encodeURIComponent(node.id)}` }, "only this entity's deals"), " · ",
      el("a", { href: "#", onclick: (e) => { e.preventDefault(); scenarioFor(node.id); } }, "fail it in a scenario")));
}

function focusEntity(name) {
  const node = cy && cy.getElementById(name);
  if (node && node.length) {
    cy.elements().unselect(); node.select(); cy.animate({ center: { eles: node }, zoom: 1.4 }, { duration: 300 });
    showNode(node.data());
  } else {
    location.href = `/entities/${encodeURIComponent(name)}`;
  }
}

function clearHighlight() { if (cy) cy.elements().removeClass("hl faded"); }

function highlightCycle(cycle) {
  clearHighlight();
  let missing = 0;
  const hl = cy.collection();
  const legs = cycle.legs || cycle.nodes.map((n, i) => ({ source: n, target: cycle.nodes[(i + 1) % cycle.nodes.length] }));
  for (const leg of legs) {
    const edges = cy.edges().filter((e) => e.data("source") === leg.source && e.data("target") === leg.target
      && (!leg.kind || e.data("kind") === leg.kind));
    if (!edges.length) missing++;
    hl.merge(edges).merge(cy.getElementById(leg.source));
  }
  cy.elements().difference(hl).addClass("faded");
  hl.addClass("hl");
  if (hl.length) cy.animate({ fit: { eles: hl, padding: 60 } }, { duration: 300 });
  return missing;
}

async function findCycles(e) {
  e.preventDefault();
  const f = e.target, list = document.getElementById("cycles-list");
  const p = filterParams(); p.delete("limit");
  p.set("max_len", f.elements.max_len.value);
  if (f.elements.window_days.value) p.set("window_days", f.elements.window_days.value);
  list.replaceChildren(el("li", { class: "muted" }, "Searching…"));
  try {
    const { items } = await api(`/api/cycles?${p}`);
    list.replaceChildren(...items.map((c) => {
      const li = el("li", {}, el("div", { class: "path" }, [...c.nodes, c.nodes[0]].join(" → ")),
        el("div", { class: "muted" }, cycleSummary(c)));
      li.addEventListener("click", () => {
        for (const x of list.children) x.classList.remove("active");
        li.classList.add("active");
        const missing = highlightCycle(c);
        statusBox.textContent = missing ? `${missing} edge(s) of this loop are outside the current view` : "Loop highlighted";
      });
      return li;
    }));
    if (!items.length) list.replaceChildren(el("li", { class: "muted" }, "No cycles for these filters."));
  } catch (err) { list.replaceChildren(el("li", { class: "error-message" }, err.message)); }
}

function cycleSummary(c) {
  const parts = [];
  if (c.bottleneck_usd) parts.push(`at least ${usd(c.bottleneck_usd)} each leg`);
  if (c.round_trip_ratio !== null && c.round_trip_ratio !== undefined) parts.push(`${Math.round(c.round_trip_ratio * 100)}% comes back`);
  if (c.span_days !== undefined && c.span_days !== null) parts.push(`within ${c.span_days} days`);
  if (c.p_value !== undefined && c.p_value !== null) parts.push(`p=${c.p_value.toFixed(2)}`);
  return parts.join(" · ");
}

function scenarioFor(name) {
  selectTab("scenario");
  document.getElementById("scenario-form").elements.fail.value = name;
}

/** [[name, loss], ...] from a stress result, largest first, whatever its exact field names. */
export function lossesOf(result) {
  const src = result.entities ?? result.losses ?? {};
  const rows = Array.isArray(src)
    ? src.map((r) => [r.entity ?? r.name, Number(r.total_loss_usd ?? r.loss_usd ?? r.loss ?? 0)])
    : Object.entries(src).map(([k, v]) => [k, Number(typeof v === "object" && v ? (v.loss_usd ?? v.loss ?? v.value ?? 0) : v)]);
  return rows.filter((r) => r[0] && r[1] > 0).sort((a, b) => b[1] - a[1]);
}

async function runScenario(e) {
  e.preventDefault();
  const f = e.target, out = document.getElementById("scenario-result");
  const fail = f.elements.fail.value.split(",").map((s) => s.trim()).filter(Boolean);
  out.replaceChildren(el("p", { class: "muted" }, "Running…"));
  try {
    const { result } = await api("/api/stress", { method: "POST",
      body: { fail, recovery: Number(f.elements.recovery.value || 0), method: f.elements.method.value } });
    const rows = lossesOf(result).slice(0, 25);
    const total = result.total_loss_usd ?? rows.reduce((s, r) => s + r[1], 0);
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("class", "chart"); svg.id = "loss-chart";
    out.replaceChildren(el("h3", {}, `Losses if ${fail.join(", ")} fail${fail.length > 1 ? "" : "s"}: ${usd(total) || "$0"}`), svg);
    if (rows.length) barChart(svg, rows, { strong: new Set(fail), format: usd });
    else out.append(el("p", { class: "muted" }, "Nobody loses money in this scenario."));
  } catch (err) { out.replaceChildren(el("p", { class: "error-message" }, err.message)); }
}

setupAuth();
setupSearch(focusEntity);
legend();
loadFiltersFromUrl();
for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => selectTab(b.dataset.tab));
form.addEventListener("submit", (e) => { e.preventDefault(); loadGraph(); });
form.addEventListener("reset", () => { setTimeout(() => { history.replaceState(null, "", "/"); loadGraph(); }, 0); });
document.getElementById("cycles-form").addEventListener("submit", findCycles);
document.getElementById("scenario-form").addEventListener("submit", runScenario);
loadGraph();
