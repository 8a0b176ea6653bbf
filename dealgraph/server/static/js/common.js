// Shared helpers. Data from the API is only ever put into the page with textContent or
// attributes set through the DOM: never innerHTML, so article text stays inert.

export const KIND_COLORS = {
  investment: "#1f77b4", stake: "#9467bd", compute_commitment: "#ff7f0e", purchase: "#2ca02c",
  loan: "#d62728", joint_venture: "#17becf", acquisition: "#8c564b", valuation: "#7f7f7f",
  revenue: "#bcbd22", lawsuit: "#e377c2",
};

export class ApiError extends Error {
  constructor(body) { super(body.error || "Request failed"); this.body = body; }
}

/** Fetch JSON from the API; throws ApiError with the server's error shape. */
export async function api(path, { method = "GET", body, auth = false } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (auth && token()) headers.Authorization = `Bearer ${token()}`;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({ ok: false, error: `HTTP ${res.status}`, status: res.status }));
  if (!res.ok || data.ok === false) throw new ApiError(data);
  return data;
}

/** Build an element: el("a", {href: "/x", class: "y"}, "text", child). Strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function usd(v) {
  if (v === null || v === undefined || Number.isNaN(Number(v))) return "";
  const n = Number(v);
  for (const [size, unit] of [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]]) {
    if (Math.abs(n) >= size) return `$${Number((n / size).toPrecision(3))}${unit}`;
  }
  return `$${Math.round(n)}`;
}

export const label = (s) => (s || "").replaceAll("_", " ");
export const token = () => sessionStorage.getItem("dealgraph.token") || "";
export const reviewer = () => localStorage.getItem("dealgraph.reviewer") || "";

/** Reviewer name and token fields in the header (token kept for this tab only). */
export function setupAuth() {
  const t = document.getElementById("token"), r = document.getElementById("reviewer");
  if (!t || !r) return;
  t.value = token(); r.value = reviewer();
  t.addEventListener("change", () => sessionStorage.setItem("dealgraph.token", t.value.trim()));
  r.addEventListener("change", () => localStorage.setItem("dealgraph.reviewer", r.value.trim()));
}

/** The entity search box: aliases in any language (微软 finds Microsoft). */
export function setupSearch(onPick = (name) => { location.href = `/entities/${encodeURIComponent(name)}`; }) {
  const form = document.getElementById("entity-search"), input = document.getElementById("search-input");
  const list = document.getElementById("search-results");
  if (!form) return;
  let timer = null;
  const show = (items) => {
    list.replaceChildren(...items.map((it) => el("li", { onclick: () => { list.hidden = true; onPick(it.name); } },
      el("span", {}, it.name), el("span", { class: "muted" }, it.deals ? `${it.deals} deals` : "no deals"))));
    list.hidden = items.length === 0;
  };
  const run = async () => {
    const q = input.value.trim();
    if (!q) { show([]); return; }
    try { show((await api(`/api/entities?q=${encodeURIComponent(q)}&limit=10`)).items); } catch { show([]); }
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener("submit", async (e) => {
    e.preventDefault(); await run();
    const first = list.querySelector("li"); if (first) first.click();
  });
  document.addEventListener("click", (e) => { if (!form.contains(e.target)) list.hidden = true; });
}

/** Split text at span edges; returns [{text, keys}] (same cut as the server's highlight.py). */
export function segments(text, spans) {
  const n = text.length, cuts = new Set([0, n]);
  const clipped = spans.map((s) => [Math.max(0, Math.min(s.start, n)), Math.max(0, Math.min(s.end, n)), s.key]);
  for (const [a, b] of clipped) { cuts.add(a); cuts.add(b); }
  const sorted = [...cuts].sort((x, y) => x - y), out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    out.push({ text: text.slice(a, b), keys: clipped.filter(([s, e]) => s <= a && b <= e && s < e).map((c) => c[2]) });
  }
  return out;
}

/** Render a document's text with the claim spans as <mark>; focus one claim's span. */
export function renderText(container, text, spans, focusKey) {
  const nodes = segments(text, spans).map((seg) => seg.keys.length
    ? el("mark", { class: seg.keys.includes(focusKey) ? "evidence focus" : "evidence", dataset: { keys: seg.keys.join(" ") } }, seg.text)
    : document.createTextNode(seg.text));
  container.replaceChildren(...nodes);
  const focus = container.querySelector("mark.focus");
  if (focus) focus.scrollIntoView({ block: "center" });
}

const CORRECTABLE = ["kind", "source", "target", "status", "amount_usd", "pct", "date"];

/** Confirm / reject / correct buttons for one claim; calls onDone(claim) after a review. */
export function reviewButtons(key, onDone = () => {}) {
  const msg = el("span", { class: "msg", role: "status" });
  const box = el("div", { class: "review-buttons", dataset: { key } });
  const send = async (action, changes = {}) => {
    msg.className = "msg"; msg.textContent = "Saving…";
    try {
      const data = await api(`/api/claims/${encodeURIComponent(key)}/review`,
        { method: "POST", auth: true, body: { action, reviewer: reviewer() || "anonymous", changes } });
      msg.textContent = `${action}ed ✓`; onDone(data.claim);
    } catch (err) { msg.className = "msg err"; msg.textContent = err.message; }
  };
  const correct = () => {
    if (box.querySelector("form")) return;
    const inputs = CORRECTABLE.map((f) => el("label", {}, label(f), el("input", { name: f, type: "text" })));
    const form = el("form", { class: "correct-form" }, ...inputs, el("button", { type: "submit" }, "Save correction"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const changes = {};
      for (const f of CORRECTABLE) {
        const v = form.elements[f].value.trim();
        if (v) changes[f] = ["amount_usd", "pct"].includes(f) ? Number(v) : v;
      }
      form.remove(); send("correct", changes);
    });
    box.append(form);
  };
  box.append(el("button", { type: "button", onclick: () => send("confirm") }, "Confirm"),
    el("button", { type: "button", onclick: () => send("reject") }, "Reject"),
    el("button", { type: "button", onclick: correct }, "Correct…"), msg);
  return box;
}

/** Bar chart (plain SVG): rows = [[label, value], ...]; highlight rows whose label is in `strong`. */
export function barChart(svg, rows, { strong = new Set(), format = (v) => v } = {}) {
  const NS = "http://www.w3.org/2000/svg", rowH = 22, left = 120, width = 440, right = 70;
  const max = Math.max(...rows.map((r) => r[1]), 1e-9);
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${left + width + right} ${rows.length * rowH + 8}`);
  svg.setAttribute("height", String(rows.length * rowH + 8));
  const mk = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    svg.append(n); return n;
  };
  rows.forEach(([name, value], i) => {
    const y = i * rowH + 4, w = Math.max(1, (value / max) * width);
    mk("text", { x: left - 6, y: y + 14, "text-anchor": "end" }, name);
    mk("rect", { class: strong.has(name) ? "bar failed" : "bar", x: left, y: y + 2, width: w, height: rowH - 6 });
    mk("text", { x: left + w + 4, y: y + 14 }, format(value));
  });
  mk("line", { class: "axis", x1: left, x2: left, y1: 0, y2: rows.length * rowH + 8 });
}
