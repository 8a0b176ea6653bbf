// The entity page: a timeline chart (plain SVG) and the exposure table from the JSON twin.
import { api, el, setupAuth, setupSearch, usd } from "./common.js";

const NS = "http://www.w3.org/2000/svg";
const main = document.querySelector("main[data-entity]");

function svgEl(parent, tag, attrs, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  parent.append(n);
  return n;
}

/** Dots on a time axis: above the line money in, below money out; radius by amount. */
function timeline(svg, rows) {
  const dated = rows.filter((r) => r.date);
  if (!dated.length) { svg.remove(); return; }
  const t = (d) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  const xs = dated.map((r) => t(r.date)), lo = Math.min(...xs), hi = Math.max(...xs);
  const W = 900, H = 160, pad = 50, max = Math.max(...dated.map((r) => r.amount_usd || 0), 1);
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const x = (v) => pad + (hi === lo ? (W - 2 * pad) / 2 : ((v - lo) / (hi - lo)) * (W - 2 * pad));
  svgEl(svg, "line", { class: "axis", x1: pad, x2: W - pad, y1: H / 2, y2: H / 2 });
  for (const yr of new Set(dated.map((r) => r.date.slice(0, 4)))) {
    svgEl(svg, "text", { x: x(t(`${yr}-01-01`)), y: H - 4, "text-anchor": "middle" }, yr);
  }
  dated.forEach((r, i) => {
    const cx = x(t(r.date)), up = r.direction === "in", radius = 3 + 14 * Math.sqrt((r.amount_usd || 0) / max);
    const c = svgEl(svg, "circle", { cx, cy: H / 2 + (up ? -1 : 1) * (18 + (i % 3) * 10), r: radius,
      fill: up ? "#1e7b34" : "#1f5fbf", "fill-opacity": r.dashed ? 0.35 : 0.8 });
    svgEl(c, "title", {}, `${r.date} ${r.kind} ${r.direction === "in" ? "from" : "to"} ${r.counterparty}: ${usd(r.amount_usd)}`);
  });
  svgEl(svg, "text", { x: 4, y: 14 }, "money in ▲");
  svgEl(svg, "text", { x: 4, y: H - 20 }, "money out ▼");
}

function exposureTable(box, exposure) {
  if (!exposure || !exposure.lines) return;
  if (!exposure.lines.length) { box.replaceChildren(el("p", { class: "muted" }, "No exposure found.")); return; }
  const head = el("tr", {}, ["Counterparty", "Type", "Gross", "Net", "Basis"].map((h) => el("th", {}, h)));
  const rows = exposure.lines.map((l) => el("tr", {},
    el("td", {}, el("a", { href: `/entities/${encodeURIComponent(l.counterparty)}` }, l.counterparty)),
    el("td", {}, l.type.replaceAll("_", " ")), el("td", { class: "num" }, usd(l.gross_usd)),
    el("td", { class: "num" }, usd(l.net_usd)), el("td", {}, l.basis)));
  box.replaceChildren(el("p", {}, `Total ${usd(exposure.total_usd) || "$0"} as of ${exposure.as_of}`),
    el("table", { class: "exposure-table" }, el("thead", {}, head), el("tbody", {}, rows)));
}

setupAuth();
setupSearch();
api(`/api/entities/${encodeURIComponent(main.dataset.entity)}`).then((data) => {
  timeline(document.getElementById("timeline-chart"), data.timeline);
  exposureTable(document.getElementById("exposure"), data.exposure);
});
