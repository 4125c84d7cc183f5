// DeltaShare's dashboard: the public indicators as charts, and after sign-in (OIDC code flow with PKCE against
// Keycloak) a bureau's own view. No framework and no chart library: the charts are a few SVG elements.
"use strict";

const TEXT = {
  zh: {
    title: "长三角科技创新券与大型仪器共享", year: "年度", baseYear: "对比基年", signIn: "科技局登录", signOut: "退出",
    firmsApplied: "创新券申领企业数", crossRegion: "跨区域购买服务", cashed: "创新券兑付金额",
    trend: "历年趋势", flows: "跨区域服务流向（创新券购买服务，元）", categories: "仪器类别（前十）",
    bureauView: "本地区工作台", pending: "待审批的创新券申请", batches: "兑付批次", assessment: "服务机构绩效考核",
    source: "数据来源：DeltaShare 公开指标接口", growth: (base, g) => `较${base}年增长${g}倍`, noBase: "基年无数据",
    firms: "家", issuing: "发券地区 \\ 服务机构地区", instruments: "台（套）", services: "项服务",
    scale: (s) => `在线仪器 ${s.instruments} 台（套），服务 ${s.services} 项，原值 ¥${money(s.originalValue)}，` +
      `单价500万元以上 ${s.largeUnits} 台，服务机构 ${s.providers} 家`,
    applications: (n, more) => `${n}${more ? "+" : ""} 份申请待审批`, noAssessment: "尚无考核结果",
    columns: { firm: "企业", program: "项目", submitted: "提交时间", month: "月份", status: "状态", total: "金额",
      rank: "名次", provider: "服务机构", score: "得分" },
  },
  en: {
    title: "Yangtze River Delta innovation vouchers and shared instruments", year: "Year", baseYear: "Base year",
    signIn: "Bureau sign-in", signOut: "Sign out",
    firmsApplied: "Firms that applied for vouchers", crossRegion: "Cross-region services bought",
    cashed: "Vouchers cashed", trend: "Trend", flows: "Cross-region flows (services bought with vouchers, CNY)",
    categories: "Instrument categories (top ten)", bureauView: "Your region", pending: "Voucher applications waiting",
    batches: "Claim batches", assessment: "Provider assessment", source: "Source: DeltaShare public indicators API",
    growth: (base, g) => `${g}× growth since ${base}`, noBase: "no figure for the base year", firms: "firms",
    issuing: "issuing region \\ provider region", instruments: "instruments", services: "services",
    scale: (s) => `${s.instruments} instruments and ${s.services} services listed, original value ` +
      `¥${money(s.originalValue)}, ${s.largeUnits} units over ¥5 m, ${s.providers} providers`,
    applications: (n, more) => `${n}${more ? "+" : ""} applications waiting`, noAssessment: "no assessment yet",
    columns: { firm: "Firm", program: "Program", submitted: "Submitted", month: "Month", status: "Status",
      total: "Total", rank: "Rank", provider: "Provider", score: "Score" },
  },
};
const FIGURES = [
  { key: "firmsApplied", id: "firms-applied", money: false },
  { key: "crossRegionServicesBought", id: "cross-region", money: true },
  { key: "cashed", id: "cashed", money: true },
];
const state = { lang: localStorage.getItem("deltashare.lang") || (navigator.language.startsWith("zh") ? "zh" : "en"),
  token: sessionStorage.getItem("deltashare.token"), config: null };
const t = () => TEXT[state.lang];

function money(m) {
  const [whole, fen] = m.amount.split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + "." + fen;
}
function el(tag, attrs = {}, ...children) {
  const node = document.createElementNS(tag === "svg" || attrs.svg ? "http://www.w3.org/2000/svg" : "http://www.w3.org/1999/xhtml", tag);
  for (const [k, v] of Object.entries(attrs)) if (k !== "svg") node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}
async function api(path, token) {
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const answer = await fetch(path, { headers });
  if (!answer.ok) throw new Error(`${path}: ${answer.status}`);
  return answer.json();
}

function translate() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t()[n.dataset.i18n]; });
  document.getElementById("language").textContent = state.lang === "zh" ? "English" : "中文";
}

async function loadPublic() {
  const year = Number(document.getElementById("year").value);
  const base = Number(document.getElementById("base-year").value);
  const now = await api(`/api/v1/indicators?year=${year}&baseYear=${base}`);
  for (const f of FIGURES) {
    const figure = now.delta[f.key];
    const value = document.getElementById(f.id);
    value.textContent = f.money ? `¥${money(figure.value)}` : `${figure.value}`;
    value.dataset.value = f.money ? figure.value.amount : String(figure.value);
    document.getElementById(`${f.id}-growth`).textContent =
      figure.growth === null ? t().noBase : t().growth(base, figure.growth);
  }
  const years = [];
  for (let y = base; y <= year; y++) years.push(y);
  const series = await Promise.all(years.map((y) => api(`/api/v1/indicators?year=${y}&baseYear=${y - 1}`)));
  drawTrend(years, series);
  drawFlows(now);
  const [scale, names] = await Promise.all([api("/api/v1/indicators/platform"), categoryNames()]);
  drawCategories(scale.byCategory.slice(0, 10).map((c) => ({ ...c, label: names[c.category] || c.category })));
  document.getElementById("scale").textContent = t().scale({ ...scale.total });
}

function drawTrend(years, series) {
  const width = 900, height = 220, panel = width / FIGURES.length;
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  FIGURES.forEach((f, i) => {
    const values = series.map((s) => Number(f.money ? s.delta[f.key].value.amount : s.delta[f.key].value));
    const top = Math.max(...values, 1);
    const bar = (panel - 40) / values.length;
    values.forEach((v, j) => {
      const h = (v / top) * (height - 60);
      const x = i * panel + 20 + j * bar;
      svg.append(el("rect", { svg: 1, x, y: height - 30 - h, width: bar * 0.7, height: h, fill: "#0b6e4f",
        "data-year": years[j], "data-figure": f.key, "data-value": String(v) }));
      svg.append(el("text", { svg: 1, x: x + bar * 0.35, y: height - 12, "text-anchor": "middle", "font-size": 12 },
        String(years[j])));
    });
    svg.append(el("text", { svg: 1, x: i * panel + panel / 2, y: 16, "text-anchor": "middle", "font-size": 13 },
      t()[f.key === "firmsApplied" ? "firmsApplied" : f.key === "cashed" ? "cashed" : "crossRegion"]));
  });
  document.getElementById("trend").replaceChildren(svg);
}

function drawFlows(indicators) {
  const regions = indicators.regions.map((r) => r.region);
  const cell = {};
  let top = 1;
  for (const f of indicators.flows) {
    const v = Number(f.servicesBought.amount);
    cell[`${f.issuingRegion}>${f.providerRegion}`] = f.servicesBought;
    top = Math.max(top, v);
  }
  const providers = [...new Set([...regions, ...indicators.flows.map((f) => f.providerRegion)])];
  const table = document.getElementById("flows");
  table.replaceChildren(el("tr", {}, el("th", {}, t().issuing), ...providers.map((p) => el("th", {}, p))));
  for (const r of regions) {
    const row = el("tr", {}, el("th", {}, r));
    for (const p of providers) {
      const m = cell[`${r}>${p}`];
      const td = el("td", { "data-from": r, "data-to": p }, m ? money(m) : "–");
      if (m) td.style.background = `rgba(11, 110, 79, ${0.12 + 0.6 * Number(m.amount) / top})`;
      row.append(td);
    }
    table.append(row);
  }
}

/** The taxonomy's names in the page's language, by code (fetched once). */
let taxonomy = null;
async function categoryNames() {
  if (taxonomy === null) taxonomy = await api("/api/v1/instrument-categories");
  return Object.fromEntries(taxonomy.map((c) => [c.code, state.lang === "zh" ? c.name.zh : c.name.en]));
}

function drawCategories(categories) {
  const width = 900, row = 26, height = row * Math.max(categories.length, 1) + 10;
  const top = Math.max(...categories.map((c) => c.instruments), 1);
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  categories.forEach((c, i) => {
    const w = (c.instruments / top) * (width - 320);
    svg.append(el("text", { svg: 1, x: 0, y: i * row + 18, "font-size": 13, "data-category": c.category }, c.label));
    svg.append(el("rect", { svg: 1, x: 220, y: i * row + 5, width: w, height: row - 8, fill: "#4c956c" }));
    svg.append(el("text", { svg: 1, x: 226 + w, y: i * row + 18, "font-size": 12 }, `${c.instruments}`));
  });
  document.getElementById("categories").replaceChildren(svg);
}

// OIDC authorization code flow with PKCE (RFC 7636), against Keycloak's realm; the token stays in this tab.
function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function redirectUri() { return `${location.origin}/dashboard/`; }
async function signIn() {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(48)));
  const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const stateValue = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem("deltashare.pkce", JSON.stringify({ verifier, state: stateValue }));
  const query = new URLSearchParams({ client_id: state.config.clientId, response_type: "code", scope: "openid",
    redirect_uri: redirectUri(), code_challenge: challenge, code_challenge_method: "S256", state: stateValue,
    ui_locales: state.lang === "zh" ? "zh-CN" : "en" });
  location.assign(`${state.config.issuer}/protocol/openid-connect/auth?${query}`);
}
async function finishSignIn() {
  const params = new URLSearchParams(location.search);
  if (!params.has("code")) return;
  const pending = JSON.parse(sessionStorage.getItem("deltashare.pkce") || "null");
  history.replaceState(null, "", redirectUri());
  if (!pending || pending.state !== params.get("state")) return;
  sessionStorage.removeItem("deltashare.pkce");
  const answer = await fetch(`${state.config.issuer}/protocol/openid-connect/token`, {
    method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code: params.get("code"),
      redirect_uri: redirectUri(), client_id: state.config.clientId, code_verifier: pending.verifier }),
  });
  if (!answer.ok) throw new Error(`token: ${answer.status}`);
  state.token = (await answer.json()).access_token;
  sessionStorage.setItem("deltashare.token", state.token);
}
function claims() {
  return JSON.parse(decodeURIComponent(escape(atob(state.token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")))));
}
function signOut() {
  sessionStorage.removeItem("deltashare.token");
  state.token = null;
  location.assign(`${state.config.issuer}/protocol/openid-connect/logout?client_id=${state.config.clientId}` +
    `&post_logout_redirect_uri=${encodeURIComponent(redirectUri())}`);
}

function table(id, head, rows) {
  const node = document.getElementById(id);
  node.replaceChildren(el("tr", {}, ...head.map((h) => el("th", {}, h))),
    ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, String(c))))));
}
async function loadBureau() {
  const c = claims();
  const roles = (c.realm_access && c.realm_access.roles) || [];
  document.getElementById("who").textContent = `${c.preferred_username} · ${c.region || ""}`;
  document.getElementById("who").hidden = false;
  document.getElementById("sign-in").hidden = true;
  document.getElementById("sign-out").hidden = false;
  if (!roles.includes("bureau")) return;
  document.getElementById("bureau").hidden = false;
  const col = t().columns;
  const pending = await api("/api/v1/voucher-applications?status=SUBMITTED&limit=100", state.token);
  const count = document.getElementById("pending-count");
  count.textContent = t().applications(pending.items.length, pending.next !== null);
  count.dataset.count = String(pending.items.length);
  table("pending", [col.firm, col.program, col.submitted],
    pending.items.slice(0, 10).map((a) => [a.firmOrganizationId, a.programId, a.createdAt]));
  const batches = await api("/api/v1/claim-batches?limit=10", state.token);
  table("batches", [col.month, col.status, col.total],
    batches.items.map((b) => [b.month, b.status, `¥${money(b.total)}`]));
  const schemes = await api("/api/v1/assessment-schemes?limit=1", state.token);
  const note = document.getElementById("assessment-note");
  if (schemes.items.length === 0) { note.textContent = t().noAssessment; return; }
  const scheme = schemes.items[0];
  const assessments = await api(`/api/v1/assessment-schemes/${scheme.id}/assessments?limit=1`, state.token);
  if (assessments.items.length === 0) { note.textContent = `${scheme.name}: ${t().noAssessment}`; return; }
  note.textContent = `${scheme.name} · ${assessments.items[0].computedAt}`;
  const scores = await api(`/api/v1/assessments/${assessments.items[0].id}/scores?limit=20`, state.token);
  table("scores", [col.rank, col.provider, col.score],
    scores.items.map((s) => [s.rank, state.lang === "zh" ? s.name.zh : s.name.en, s.score]));
}

async function start() {
  state.config = await api("/dashboard/config.json");
  const thisYear = Number(state.config.year);
  for (const [id, selected] of [["year", thisYear], ["base-year", thisYear - 2]]) {
    const select = document.getElementById(id);
    for (let y = thisYear; y >= thisYear - 9; y--) select.append(el("option", { value: y }, String(y)));
    select.value = String(selected);
    select.addEventListener("change", loadPublic);
  }
  document.getElementById("language").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("deltashare.lang", state.lang);
    translate();
    loadPublic();
    if (state.token) loadBureau();
  });
  document.getElementById("sign-in").addEventListener("click", signIn);
  document.getElementById("sign-out").addEventListener("click", signOut);
  translate();
  await finishSignIn();
  await loadPublic();
  if (state.token) await loadBureau();
  document.body.dataset.ready = "true";
}
start().catch((e) => { document.body.dataset.error = e.message; console.error(e); });
