// The ClaimGraph page: reads the claim store through its SPARQL endpoint and draws a
// leaderboard, two charts and a page per model. Plain browser JavaScript, no libraries.
'use strict';

const ENDPOINT = 'claims/sparql';
const DEFAULT_BENCHMARK = 'MMLU';
const DEFAULT_SETTING = '5-shot';
const SVG_NS = 'http://www.w3.org/2000/svg';
const RELATIONS = {
  'https://w3id.org/claimgraph#Better': 'better than',
  'https://w3id.org/claimgraph#Similar': 'similar to',
};

// ---------------------------------------------------------------- SPARQL

const queryCache = new Map();

function loadQuery(name) {
  if (!queryCache.has(name)) {
    queryCache.set(name, fetch('queries/' + name + '.rq').then(r => {
      if (!r.ok) throw new Error('query ' + name + ': HTTP ' + r.status);
      return r.text();
    }));
  }
  return queryCache.get(name);
}

function iri(value) {
  if (/[\s<>"{}|\\^`]/.test(value)) throw new Error('not an IRI: ' + value);
  return '<' + value + '>';
}

function literal(value) {
  return JSON.stringify(String(value)); // a JSON string is a valid SPARQL string literal
}

// Binds variables by a VALUES block at the top of the WHERE clause, so that every pattern and
// FILTER below it sees them.
function bind(query, bindings) {
  const names = Object.keys(bindings);
  if (names.length === 0) return query;
  const values = 'VALUES (' + names.map(n => '?' + n).join(' ') + ') { ('
      + names.map(n => bindings[n]).join(' ') + ') }';
  const at = query.search(/WHERE\s*\{/i);
  if (at < 0) throw new Error('query has no WHERE clause');
  const open = query.indexOf('{', at) + 1;
  return query.slice(0, open) + '\n  ' + values + query.slice(open);
}

async function select(name, bindings = {}) {
  const query = bind(await loadQuery(name), bindings);
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Accept': 'application/sparql-results+json',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ query }),
  });
  if (!response.ok) throw new Error(name + ': HTTP ' + response.status + ' ' + await response.text());
  const json = await response.json();
  return json.results.bindings.map(row => {
    const plain = {};
    for (const [k, v] of Object.entries(row)) plain[k] = v.value;
    return plain;
  });
}

// ---------------------------------------------------------------- helpers

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v; else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function formatScore(value) {
  const n = Number(value);
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

function modelHref(label) {
  return '#/model/' + encodeURIComponent(label);
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

// Paper dates are xsd:date or xsd:gYearMonth/gYear; compare them as the first day they can mean.
function dayOf(date) {
  if (!date) return null;
  const [y, m = '01', d = '01'] = date.split('-');
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Number.isNaN(t) ? null : t;
}

function sourcesList(claims) {
  const bySource = groupBy(claims, c => c.fileName);
  return el('ul', { class: 'sources' }, [...bySource.entries()].map(([file, cs]) => {
    const c = cs[0];
    const quote = cs.map(x => x.exact).filter(Boolean)[0];
    return el('li', { title: quote ? '“' + quote + '”' : null },
      el('span', { class: 'file' }, file),
      c.title ? el('span', { class: 'paper' }, ' — ' + c.title + (c.date ? ' (' + c.date + ')' : '')) : null);
  }));
}

function showMessage(text) {
  const m = document.getElementById('message');
  m.textContent = text;
  m.hidden = !text;
}

// ---------------------------------------------------------------- leaderboard

let benchmarks = null; // Map benchmark IRI -> {label, higherIsBetter, settings: [{iri, label, claims}]}

async function loadBenchmarks() {
  if (benchmarks) return benchmarks;
  const rows = await select('benchmarks');
  benchmarks = new Map();
  for (const r of rows) {
    if (!benchmarks.has(r.benchmark)) {
      benchmarks.set(r.benchmark, {
        iri: r.benchmark, label: r.benchmarkLabel,
        higherIsBetter: r.higherIsBetter !== 'false', settings: [],
      });
    }
    benchmarks.get(r.benchmark).settings.push({ iri: r.setting, label: r.settingLabel, claims: Number(r.claims) });
  }
  return benchmarks;
}

function findBenchmark(label) {
  const all = [...benchmarks.values()];
  return all.find(b => b.label === label) || all.find(b => b.label === DEFAULT_BENCHMARK) || all[0];
}

function findSetting(benchmark, label) {
  return benchmark.settings.find(s => s.label === label)
      || benchmark.settings.find(s => s.label === DEFAULT_SETTING)
      || [...benchmark.settings].sort((a, b) => b.claims - a.claims)[0];
}

function fillSelect(select, options, chosen) {
  select.replaceChildren(...options.map(o => el('option', { value: o.label, selected: o === chosen }, o.label)));
}

// One row per model: its best claimed score, and every distinct value when sources disagree.
function rankModels(claims, higherIsBetter) {
  const better = (a, b) => higherIsBetter ? a > b : a < b;
  const rows = [...groupBy(claims, c => c.model).values()].map(cs => {
    const values = [...new Set(cs.map(c => Number(c.score)))].sort((a, b) => higherIsBetter ? b - a : a - b);
    return { model: cs[0].modelLabel, best: values[0], values, claims: cs, conflict: values.length > 1 };
  });
  rows.sort((a, b) => better(a.best, b.best) ? -1 : better(b.best, a.best) ? 1 : a.model.localeCompare(b.model));
  return rows;
}

// Distinct claims: the scores query returns one row per evidence quote.
function distinctClaims(rows) {
  return [...groupBy(rows, r => r.claim).values()].map(rs => ({ ...rs[0], quotes: rs.map(r => r.exact) }));
}

async function showLeaderboard(benchmarkLabel, settingLabel) {
  await loadBenchmarks();
  if (benchmarks.size === 0) {
    showMessage('The store holds no score claims yet.');
    return;
  }
  const benchmark = findBenchmark(benchmarkLabel);
  const setting = findSetting(benchmark, settingLabel);
  fillSelect(document.getElementById('benchmark'), [...benchmarks.values()], benchmark);
  fillSelect(document.getElementById('setting'), benchmark.settings, setting);
  document.getElementById('direction').textContent =
      benchmark.higherIsBetter ? 'higher is better' : 'lower is better';

  const claims = distinctClaims(await select('scores', { benchmark: iri(benchmark.iri) }));
  const inSetting = claims.filter(c => c.setting === setting.iri);
  const ranked = rankModels(inSetting, benchmark.higherIsBetter);

  document.getElementById('leaderboard-title').textContent = benchmark.label + ', ' + setting.label;
  renderTable(ranked, setting.label);
  renderBars(document.getElementById('bar-chart'), ranked, benchmark.higherIsBetter);
  renderSota(document.getElementById('sota-chart'), inSetting, benchmark.higherIsBetter);
}

function renderTable(ranked, settingLabel) {
  const body = document.querySelector('#leaderboard tbody');
  body.replaceChildren(...ranked.map((row, i) => el('tr',
    { class: row.conflict ? 'conflict' : null, 'data-model': row.model, 'data-score': row.best },
    el('td', { class: 'num' }, i + 1),
    el('td', {}, el('a', { href: modelHref(row.model) }, row.model)),
    el('td', { class: 'num score' }, row.conflict
      ? row.values.map((v, j) => el('span', { class: j === 0 ? 'best' : 'other' }, formatScore(v)))
      : formatScore(row.best)),
    el('td', {}, settingLabel),
    el('td', {}, sourcesList(row.claims)))));
}

function renderBars(container, ranked, higherIsBetter) {
  const rowHeight = 26, labelWidth = 130, width = 460, valueWidth = 50;
  const height = ranked.length * rowHeight + 10;
  const max = Math.max(...ranked.map(r => r.best), 0) || 1;
  const scale = v => (v / max) * (width - labelWidth - valueWidth);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img',
    'aria-label': 'Bar chart of the best score per model' });
  ranked.forEach((row, i) => {
    const y = 5 + i * rowHeight;
    const link = svg('a', { href: modelHref(row.model) });
    link.append(svg('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end', class: 'bar-label' }, row.model));
    chart.append(link);
    chart.append(svg('rect', { x: labelWidth, y: y + 3, width: Math.max(scale(row.best), 1), height: rowHeight - 8,
      class: 'bar' + (i === 0 ? ' top' : '') + (row.conflict ? ' conflict' : ''), rx: 2 }));
    chart.append(svg('text', { x: labelWidth + scale(row.best) + 5, y: y + 16, class: 'bar-value' },
      formatScore(row.best)));
  });
  if (!higherIsBetter) chart.append(svg('title', {}, 'Lower is better: the shortest bar ranks first.'));
  container.replaceChildren(ranked.length ? chart : el('p', { class: 'muted' }, 'No scores.'));
}

// Each distinct (model, score) counts from the earliest paper date that states it.
function sotaSteps(claims, higherIsBetter) {
  const firsts = [...groupBy(claims.filter(c => dayOf(c.date) !== null),
      c => c.model + '\u0000' + Number(c.score)).values()]
    .map(cs => cs.reduce((a, b) => (dayOf(b.date) < dayOf(a.date) ? b : a)))
    .map(c => ({ day: dayOf(c.date), date: c.date, score: Number(c.score), model: c.modelLabel }))
    .sort((a, b) => a.day - b.day || (higherIsBetter ? b.score - a.score : a.score - b.score));
  const steps = [];
  for (const p of firsts) {
    const best = steps.length ? steps[steps.length - 1].score : null;
    if (best === null || (higherIsBetter ? p.score > best : p.score < best)) steps.push(p);
  }
  return { points: firsts, steps };
}

function renderSota(container, claims, higherIsBetter) {
  const { points, steps } = sotaSteps(claims, higherIsBetter);
  if (steps.length === 0) {
    container.replaceChildren(el('p', { class: 'muted' }, 'No dated scores.'));
    return;
  }
  const width = 460, height = 240, left = 44, right = 16, top = 16, bottom = 34;
  const days = points.map(p => p.day), scores = points.map(p => p.score);
  let d0 = Math.min(...days), d1 = Math.max(...days);
  if (d0 === d1) { d0 -= 30 * 864e5; d1 += 30 * 864e5; }
  let s0 = Math.min(...scores), s1 = Math.max(...scores);
  const pad = Math.max((s1 - s0) * 0.1, 1);
  s0 -= pad; s1 += pad;
  const x = d => left + ((d - d0) / (d1 - d0)) * (width - left - right);
  const y = s => top + (1 - (s - s0) / (s1 - s0)) * (height - top - bottom);

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img',
    'aria-label': 'Best score so far by paper date' });
  chart.append(svg('line', { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, class: 'axis' }));
  chart.append(svg('line', { x1: left, y1: top, x2: left, y2: height - bottom, class: 'axis' }));
  for (const s of [s0 + pad, (s0 + s1) / 2, s1 - pad]) {
    chart.append(svg('text', { x: left - 6, y: y(s) + 4, 'text-anchor': 'end', class: 'tick' }, s.toFixed(1)));
  }
  // One label per month with a paper, leaving out those that would overlap the previous one.
  let lastTick = -Infinity;
  for (const ym of [...new Set(points.map(p => p.date.slice(0, 7)))].sort()) {
    const at = x(dayOf(ym));
    if (at - lastTick < 52) continue;
    lastTick = at;
    chart.append(svg('text', { x: at, y: height - bottom + 16, 'text-anchor': 'middle', class: 'tick' }, ym));
  }
  // The step line holds each record until the next one, then runs on to the last date shown.
  let path = 'M' + x(steps[0].day).toFixed(1) + ' ' + y(steps[0].score).toFixed(1);
  for (const p of steps.slice(1)) path += ' H' + x(p.day).toFixed(1) + ' V' + y(p.score).toFixed(1);
  path += ' H' + x(d1).toFixed(1);
  chart.append(svg('path', { d: path, class: 'sota-line' }));
  for (const p of points) {
    const isRecord = steps.includes(p);
    const dot = svg('circle', { cx: x(p.day), cy: y(p.score), r: isRecord ? 4.5 : 3,
      class: isRecord ? 'dot record' : 'dot' });
    dot.append(svg('title', {}, `${p.model}: ${formatScore(p.score)} (${p.date})`));
    chart.append(dot);
  }
  steps.forEach(p => {
    const anchor = x(p.day) > width * 0.7 ? 'end' : 'start';
    chart.append(svg('text', { x: x(p.day) + (anchor === 'end' ? -6 : 6), y: y(p.score) - 8,
      'text-anchor': anchor, class: 'record-label' }, `${p.model} ${formatScore(p.score)}`));
  });
  container.replaceChildren(chart);
}

// ---------------------------------------------------------------- model page

async function showModel(label) {
  document.getElementById('model-name').textContent = label;
  const found = await select('model-by-label', { label: literal(label) });
  if (found.length === 0) {
    showMessage('No model is called “' + label + '”.');
    document.getElementById('model-facts').replaceChildren();
    document.querySelector('#model-scores tbody').replaceChildren();
    document.getElementById('model-comparisons').replaceChildren();
    return;
  }
  const model = { model: iri(found[0].model) };
  const [facts, scores, comparisons] = await Promise.all([
    select('model-facts', model), select('model-scores', model), select('model-comparisons', model)]);

  renderFacts(facts);
  const body = document.querySelector('#model-scores tbody');
  const groups = groupBy(scores, s => s.benchmark + ' ' + s.setting);
  body.replaceChildren(...[...groups.values()].map(cs => {
    const values = [...new Set(cs.map(c => Number(c.score)))];
    const conflict = values.length > 1;
    const higherIsBetter = benchmarks?.get(cs[0].benchmark)?.higherIsBetter ?? true;
    values.sort((a, b) => higherIsBetter ? b - a : a - b);
    return el('tr', { class: conflict ? 'conflict' : null },
      el('td', {}, el('a', { href: '#/leaderboard/' + encodeURIComponent(cs[0].benchmarkLabel) + '/'
          + encodeURIComponent(cs[0].settingLabel) }, cs[0].benchmarkLabel)),
      el('td', {}, cs[0].settingLabel),
      el('td', { class: 'num score' }, values.map((v, j) =>
          el('span', { class: conflict ? (j === 0 ? 'best' : 'other') : null }, formatScore(v)))),
      el('td', {}, sourcesList(cs)));
  }));
  if (scores.length === 0) body.append(el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No scores.')));

  const list = document.getElementById('model-comparisons');
  const distinct = [...groupBy(comparisons, c => c.claim).values()].map(cs => cs[0]);
  list.replaceChildren(...distinct.map(c => el('li', {},
    el('a', { href: modelHref(c.subjectLabel) }, c.subjectLabel), ' is ', RELATIONS[c.relation] || 'compared with',
    ' ', el('a', { href: modelHref(c.objectLabel) }, c.objectLabel),
    c.benchmarkLabel ? ' on ' + c.benchmarkLabel : '',
    el('span', { class: 'muted' }, ' — ' + c.fileName))));
  if (distinct.length === 0) list.append(el('li', { class: 'muted' }, 'No comparisons.'));
}

function formatCount(n) {
  const v = Number(n);
  if (v >= 1e12) return (v / 1e12).toPrecision(3).replace(/\.?0+$/, '') + 'T';
  if (v >= 1e9) return (v / 1e9).toPrecision(3).replace(/\.?0+$/, '') + 'B';
  if (v >= 1e6) return (v / 1e6).toPrecision(3).replace(/\.?0+$/, '') + 'M';
  if (v >= 1e3) return (v / 1e3).toPrecision(3).replace(/\.?0+$/, '') + 'K';
  return String(v);
}

function renderFacts(facts) {
  const describe = {
    organisation: f => f.value,
    parameters: f => formatCount(f.value) + (f.active ? ' (' + formatCount(f.active) + ' active)' : ''),
    // Context windows are powers of two, written 32K for 32768.
    context: f => (Number(f.value) % 1024 === 0 ? Number(f.value) / 1024 + 'K' : formatCount(f.value)) + ' tokens',
  };
  const titles = { organisation: 'Organisation', parameters: 'Parameters', context: 'Context length' };
  const dl = document.getElementById('model-facts');
  dl.replaceChildren();
  for (const kind of ['organisation', 'parameters', 'context']) {
    const byValue = groupBy(facts.filter(f => f.fact === kind), f => describe[kind](f));
    dl.append(el('dt', {}, titles[kind]));
    if (byValue.size === 0) dl.append(el('dd', { class: 'muted' }, 'not stated'));
    for (const [text, fs] of byValue) {
      const files = [...new Set(fs.map(f => f.fileName).filter(Boolean))];
      dl.append(el('dd', {}, text, el('span', { class: 'muted' },
          files.length ? ' — ' + files.join(', ') : ' — reference data')));
    }
  }
}

// ---------------------------------------------------------------- routing

function currentRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'model' && parts[1]) return { view: 'model', model: parts.slice(1).join('/') };
  if (parts[0] === 'leaderboard') return { view: 'leaderboard', benchmark: parts[1], setting: parts[2] };
  return { view: 'leaderboard' };
}

async function route() {
  const r = currentRoute();
  document.body.dataset.state = 'loading';
  showMessage('');
  document.getElementById('leaderboard-view').hidden = r.view !== 'leaderboard';
  document.getElementById('model-view').hidden = r.view !== 'model';
  try {
    if (r.view === 'model') {
      await loadBenchmarks();
      await showModel(r.model);
      document.title = r.model + ' — ClaimGraph';
    } else {
      await showLeaderboard(r.benchmark || DEFAULT_BENCHMARK, r.setting || DEFAULT_SETTING);
      document.title = 'ClaimGraph leaderboard';
    }
    document.body.dataset.state = 'ready';
  } catch (e) {
    showMessage('Could not load the data: ' + e.message);
    document.body.dataset.state = 'error';
  }
}

document.getElementById('benchmark').addEventListener('change', e => {
  location.hash = '#/leaderboard/' + encodeURIComponent(e.target.value);
});
document.getElementById('setting').addEventListener('change', e => {
  location.hash = '#/leaderboard/' + encodeURIComponent(document.getElementById('benchmark').value)
      + '/' + encodeURIComponent(e.target.value);
});
window.addEventListener('hashchange', route);
route();
