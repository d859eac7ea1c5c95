// The Dyad page: a plain module over the REST API. ECharts (from npm, embedded in the server) draws the charts.
// Document text is untrusted: it only ever enters the page as text nodes, and tooltips escape everything they show.

const $ = (id) => document.getElementById(id);
const COOP = '#2e7d32';
const CONF = '#c62828';
const state = { dyad: null, actors: [], chart: null, network: null, eras: [] };

const escape = (value) => globalThis.echarts.format.encodeHTML(String(value ?? ''));

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? body?.title ?? `${response.status} ${response.statusText}`);
  return body;
}

function showError(error) {
  const box = $('error');
  box.textContent = error?.message ?? String(error);
  box.hidden = false;
  clearTimeout(showError.timer);
  showError.timer = setTimeout(() => { box.hidden = true; }, 7000);
}

const ROLES = { GOV: 'government', MIL: 'military', REB: 'rebels', INS: 'insurgents', SEP: 'separatists', OPP: 'opposition', TAL: 'Taliban', MED: 'media', LEG: 'legislature', SPY: 'intelligence', BUS: 'business' };

function nameOf(code) {
  const known = state.actors.find((a) => a.code === code);
  if (known) return known.name;
  if (code && code.length === 6 && ROLES[code.slice(3)]) return `${nameOf(code.slice(0, 3))} (${ROLES[code.slice(3)]})`;
  return code ?? '';
}

/** "Pakistan", "pak" or "PAK" -> "PAK". */
function codeOf(text) {
  const wanted = text.trim().toLowerCase();
  const byName = state.actors.find((a) => a.name.toLowerCase() === wanted || a.code.toLowerCase() === wanted);
  return byName?.code ?? text.trim().toUpperCase();
}

async function loadActors() {
  state.actors = await api('/api/actors');
  const list = $('actors');
  list.replaceChildren(...state.actors.map((a) => element('option', { value: a.code, textContent: `${a.name} (${a.events} events)` })));
  const health = await api('/api/health');
  $('store-summary').textContent = `${health.documents} documents, ${health.events} events in the store`;
}

async function show(a, b) {
  const dyad = `${a}-${b}`;
  state.dyad = dyad;
  $('chart-title').textContent = `${nameOf(a)} – ${nameOf(b)}`;
  $('chart').dataset.ready = 'false';
  const [series, eras] = await Promise.all([api('/api/series', { dyad }), api('/api/eras', { dyad })]);
  state.eras = eras;
  drawChart(series, eras);
  await Promise.all([
    listEvents({ dyad }, `Events between ${nameOf(a)} and ${nameOf(b)}`),
    loadConflicts(dyad),
    drawNetwork(undefined, undefined),
  ]);
  showDownloads(dyad);
  history.replaceState(null, '', `#${dyad}`);
}

// Every file of the menu is the API's own export of the dyad shown, so a download holds what the page shows.
function showDownloads(dyad) {
  for (const link of document.querySelectorAll('#downloads a[data-download]')) {
    const url = new URL(link.dataset.download, location.origin);
    url.searchParams.set('dyad', dyad);
    url.searchParams.set('format', link.dataset.format);
    link.href = url.pathname + url.search;
    link.setAttribute('download', '');
  }
  $('downloads').hidden = false;
}

function drawChart(series, eras) {
  const years = series.map((p) => p.period);
  const bars = series.map((p) => (p.index === null ? '-' : {
    value: p.index,
    itemStyle: { color: p.index >= 0 ? COOP : CONF, opacity: 0.35 + 0.65 * Math.min(1, p.index_weight / 3) },
    point: p,
  }));
  const markers = eras.flatMap((era) => era.defining.filter((d) => d.event_id && d.date).slice(0, 1).map((d) => ({
    value: [d.date.slice(0, 4), d.tone],
    evidence: d,
  }))).filter((m) => years.includes(m.value[0]));
  const bands = eras.map((era) => [
    { xAxis: String(era.start),
      // A narrow band gets its years only; a wide one its character and tone too.
      name: era.end - era.start < 9 ? `${era.start}–${String(era.end).slice(2)}` : `${era.start}–${era.end}: ${era.character} (${era.tone > 0 ? '+' : ''}${era.tone.toFixed(1)})`,
      itemStyle: { color: era.tone >= 1 ? 'rgba(46,125,50,0.10)' : era.tone <= -1 ? 'rgba(198,40,40,0.10)' : 'rgba(120,120,120,0.08)' } },
    { xAxis: String(Math.min(era.end, Number(years.at(-1)))) },
  ]);

  state.chart ??= globalThis.echarts.init($('chart'));
  state.chart.off('click');
  state.chart.off('finished');
  state.chart.on('finished', () => { $('chart').dataset.ready = 'true'; });
  state.chart.setOption({
    animation: false,
    grid: { left: 50, right: 20, top: 40, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        if (p.seriesName === 'key events') {
          const e = p.data.evidence;
          return `<b>${escape(e.date)}</b> ${escape(e.description)}<br>${escape((e.quote ?? '').slice(0, 160))}`;
        }
        const point = p.data?.point;
        return point ? `<b>${escape(point.period)}</b>: index ${escape(point.index)}<br>${escape(point.events)} events, ${escape(point.statements)} statements` : '';
      },
    },
    xAxis: { type: 'category', data: years, axisLabel: { interval: 'auto' } },
    yAxis: { type: 'value', min: -10, max: 10, name: 'tone' },
    series: [
      {
        name: 'index',
        type: 'bar',
        data: bars,
        barCategoryGap: '20%',
        markArea: { silent: true, label: { position: 'insideTop', color: '#333', fontSize: 11 }, data: bands },
      },
      { name: 'key events', type: 'scatter', data: markers, symbolSize: 12, itemStyle: { color: '#fff', borderColor: '#222', borderWidth: 2 }, z: 5 },
    ],
  }, true);
  state.chart.on('click', (p) => {
    if (p.seriesName === 'key events') {
      openEvent(p.data.evidence.event_id).catch(showError);
    } else if (p.seriesName === 'index') {
      const year = Number(p.name);
      listEvents({ dyad: state.dyad, from: year, to: year }, `Events of ${year}`).catch(showError);
      const era = state.eras.find((e) => e.start <= year && year <= e.end);
      if (era) drawNetwork(era.start, era.end).catch(showError);
    }
  });
}

async function listEvents(params, title) {
  const events = await api('/api/events', { ...params, limit: 500 });
  $('events-title').textContent = `${title} (${events.length})`;
  $('events').replaceChildren(...events.map((e) => element('li', {},
    element('button', { class: 'event', type: 'button', 'data-event-id': e.id, onclick: () => openDocument(e).catch(showError) },
      element('span', { class: 'date' }, e.date ?? 'undated'),
      element('span', { class: `what ${e.quad <= 2 ? 'coop' : 'conf'}` },
        `${nameOf(e.source)} ${e.symmetric ? '–' : '→'} ${nameOf(e.target)}: ${e.cameo_name}`),
      e.negated ? element('span', { class: 'flag', title: 'the text says it did not happen' }, 'denied') : null,
      e.hypothetical ? element('span', { class: 'flag', title: 'only offered, planned or supposed' }, 'hypothetical') : null,
      element('span', { class: 'quote' }, `${e.doc}: ${e.sentence.length > 180 ? `${e.sentence.slice(0, 179)}…` : e.sentence}`)))));
}

async function openEvent(id) {
  const event = await api(`/api/events/${encodeURIComponent(id)}`);
  await openDocument(event);
}

/** Shows the event's document with its sentence highlighted and the words that carry the event underlined. */
async function openDocument(event) {
  const doc = await api(`/api/documents/${event.document_id}`);
  const text = doc.text;
  const start = Math.max(0, Math.min(event.start, text.length));
  const end = Math.max(start, Math.min(event.end, text.length));
  const triggerStart = Math.max(start, Math.min(event.trigger_start, end));
  const triggerEnd = Math.max(triggerStart, Math.min(event.trigger_end, end));
  const mark = element('mark', { id: 'highlight', 'data-event-id': event.id },
    text.slice(start, triggerStart), element('strong', {}, text.slice(triggerStart, triggerEnd)), text.slice(triggerEnd, end));
  $('document-text').replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
  $('document-title').textContent = doc.title ? `${doc.title} (${doc.name})` : doc.name;
  $('document-panel').hidden = false;
  mark.scrollIntoView({ block: 'center' });
}

async function loadConflicts(dyad) {
  const conflicts = await api('/api/conflicts', { dyad });
  const list = $('conflicts');
  if (conflicts.length === 0) {
    list.replaceChildren(element('li', { class: 'muted' }, 'No disagreement between the sources on this pair.'));
    return;
  }
  list.replaceChildren(...conflicts.map((c) => element('li', {},
    element('span', { class: 'kind' }, c.kind),
    element('span', {}, `${c.consensus_date ?? 'undated'}: ${c.happening}`),
    ...c.sides.map((side) => element('div', { class: 'side' },
      element('div', {}, side.says),
      ...side.reports.map((r) => element('button', { type: 'button', onclick: () => openEvent(r.event_id).catch(showError) },
        `“${r.quote.length > 160 ? `${r.quote.slice(0, 159)}…` : r.quote}”`)))))));
}

async function drawNetwork(from, to) {
  $('network-from').value = from ?? '';
  $('network-to').value = to ?? '';
  $('network-period').textContent = from !== undefined && to !== undefined ? `${from}–${to}` : 'all years';
  const network = await api('/api/network', { from, to, limit: 25 });
  state.network ??= globalThis.echarts.init($('network'));
  const max = Math.max(1, ...network.nodes.map((n) => n.events));
  state.network.setOption({
    animation: false,
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `${escape(nameOf(p.data.source))} – ${escape(nameOf(p.data.target))}: ${escape(p.data.events)} events, tone ${escape(p.data.tone)}`
        : `${escape(p.data.name)}: ${escape(p.data.value)} events`),
    },
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      // Room at the edges so that nodes pushed outwards keep their labels inside the panel.
      top: 24,
      bottom: 24,
      left: 24,
      right: 110,
      force: { repulsion: 180, edgeLength: [60, 160], gravity: 0.15 },
      label: { show: true, position: 'right', fontSize: 11 },
      data: network.nodes.map((n) => ({ id: n.code, name: n.name, value: n.events, symbolSize: 8 + 28 * Math.sqrt(n.events / max) })),
      links: network.edges.map((e) => ({
        source: e.a,
        target: e.b,
        events: e.events,
        tone: e.tone,
        lineStyle: { color: e.tone >= 1 ? COOP : e.tone <= -1 ? CONF : '#9aa0a6', width: 1 + Math.log2(e.events), opacity: 0.8 },
      })),
    }],
  }, true);
}

async function upload(files) {
  if (files.length === 0) return;
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const headers = {};
  const key = $('api-key').value.trim();
  if (key) headers['X-Api-Key'] = key;
  $('upload-status').textContent = `Sending ${files.length} file(s)…`;
  const response = await fetch('/api/documents', { method: 'POST', body: form, headers });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `${response.status} ${response.statusText}`);
  let job = body;
  while (job.status === 'queued' || job.status === 'running') {
    $('upload-status').textContent = `Ingesting: ${job.files_done}/${job.files_total} files, ${job.events} events so far`;
    await new Promise((resolve) => { setTimeout(resolve, 500); });
    job = await api(job.status_url);
  }
  $('upload-status').textContent = `${job.status === 'done' ? 'Done' : 'Failed'}: ${job.ingested} document(s) added, ${job.events} events. ${job.notes.join(' ')}`;
  await loadActors();
  if (state.dyad) {
    const [a, b] = state.dyad.split('-');
    await show(a, b);
  }
}

function wire() {
  $('dyad-form').addEventListener('submit', (e) => {
    e.preventDefault();
    show(codeOf($('actor-a').value), codeOf($('actor-b').value)).catch(showError);
  });
  $('network-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const from = $('network-from').value === '' ? undefined : Number($('network-from').value);
    const to = $('network-to').value === '' ? undefined : Number($('network-to').value);
    drawNetwork(from, to).catch(showError);
  });
  const zone = $('dropzone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    upload([...e.dataTransfer.files]).catch(showError);
  });
  $('file-input').addEventListener('change', (e) => upload([...e.target.files]).catch(showError));
  window.addEventListener('resize', () => { state.chart?.resize(); state.network?.resize(); });
}

async function start() {
  wire();
  const health = await api('/api/health');
  if (!health.writable) {
    // A read-only store cannot take uploads: say so instead of offering a drop zone that always fails.
    $('dropzone').hidden = true;
    $('upload-status').textContent = 'This store is read-only: uploads are off.';
  }
  await loadActors();
  const hash = decodeURIComponent(location.hash.slice(1));
  const match = /^([A-Za-z0-9]{2,8})-([A-Za-z0-9]{2,8})$/.exec(hash);
  if (match) {
    $('actor-a').value = match[1].toUpperCase();
    $('actor-b').value = match[2].toUpperCase();
    await show(match[1].toUpperCase(), match[2].toUpperCase());
  }
}

// ECharts is a deferred classic script; modules run after it, but wait for it explicitly all the same.
if (globalThis.echarts) start().catch(showError);
else window.addEventListener('DOMContentLoaded', () => start().catch(showError));
