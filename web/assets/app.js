// Khabar's web page: a client of the public HTTP API only. No framework, no build step.
// Rendering never uses innerHTML: text goes in as text nodes, and the one piece of server HTML
// (search snippets with <mark>) is split on its <mark> tags, never parsed (reading.js).

import { entitySpans, languageAttrs, snippetParts, spanSegments, toggled, withoutReading } from './reading.js';

const MULTI_PARAMS = ['lang', 'entity', 'source'];
const FILTER_PARAMS = ['from', 'to', 'lang', 'entity', 'source', 'sort', 'interpret'];
// Facet groups and the search parameter a click toggles; groups without one are shown, not clickable.
const FACET_GROUPS = [
  ['people', 'People', 'entity'],
  ['orgs', 'Organisations', 'entity'],
  ['places', 'Places', 'entity'],
  ['aboutCountries', 'About countries', 'entity'],
  ['languages', 'Languages', 'lang'],
  ['sources', 'Sources', 'source'],
  ['sourceCountries', 'Source countries', null],
];

const $ = (id) => document.getElementById(id);

// The API nests entity facets by type and names values {value, label, count}; the page works on
// flat groups of {key, label, count}. Already-flat input passes through, so both shapes render.
function normalizeFacets(facets) {
  if (!facets) return null;
  const flat = (list) => (list || []).map((f) => ({ ...f, key: f.key ?? f.value }));
  const entities = facets.entities || {};
  return {
    people: flat(facets.people || entities.people),
    orgs: flat(facets.orgs || entities.orgs),
    places: flat(facets.places || entities.places),
    aboutCountries: flat(facets.aboutCountries || facets.about_countries),
    languages: flat(facets.languages),
    sources: flat(facets.sources),
    sourceCountries: flat(facets.sourceCountries || facets.source_countries),
  };
}
const views = ['home-view', 'search-view', 'article-view', 'entity-view'];
const entityLabels = new Map();
let searchSeq = 0;
let nextCursor = null;
let currentSearch = null;
// The facet last clicked, so keyboard focus comes back to it once the results are redrawn.
let facetToFocus = null;

const languageNames = safeDisplayNames();

function safeDisplayNames() {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
}

function apiBase() {
  const meta = document.querySelector('meta[name="khabar-api"]');
  const configured = (window.KHABAR_CONFIG && window.KHABAR_CONFIG.api) || (meta && meta.content) || '';
  return configured.replace(/\/+$/, '');
}

async function getJson(path, params) {
  const query = params && [...params].length ? '?' + params.toString() : '';
  let response;
  try {
    response = await fetch(apiBase() + path + query, { headers: { accept: 'application/json' } });
  } catch {
    throw apiError(0, 'unreachable', 'The Khabar API could not be reached.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: handled below by the status.
  }
  if (!response.ok) {
    const err = body && body.error ? body.error : {};
    throw apiError(response.status, err.code || 'http_' + response.status, err.message || 'The API answered ' + response.status + '.');
  }
  return body || {};
}

function apiError(status, code, message) {
  const e = new Error(message);
  e.status = status;
  e.code = code;
  return e;
}

/** el('a', {href: '#'}, 'text', child) — attributes via setAttribute, children as nodes or text. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function languageName(code) {
  if (!code) return '';
  try {
    return (languageNames && languageNames.of(code)) || code;
  } catch {
    return code;
  }
}

function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** The snippet's text with its <mark>s, built as nodes (see snippetParts). */
function safeSnippet(snippet) {
  const out = document.createDocumentFragment();
  for (const part of snippetParts(snippet)) out.append(part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text));
  return out;
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// ---- routing -------------------------------------------------------------------------------

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  return { path: q < 0 ? raw : raw.slice(0, q), params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

function go(path, params) {
  const query = params && [...params].length ? '?' + params.toString() : '';
  const hash = '#' + path + query;
  if (location.hash === hash) route();
  else location.hash = hash;
}

function show(view) {
  for (const v of views) $(v).hidden = v !== view;
  $('error').hidden = true;
}

function showError(e) {
  const box = $('error');
  box.hidden = false;
  box.textContent = (e.status === 404 && e.code === 'route_not_found')
    ? 'This part of the API is not available on this server yet (' + e.code + ').'
    : e.message + (e.code ? ' (' + e.code + ')' : '');
}

async function route() {
  const { path, params } = parseHash();
  try {
    if (path === '/search') await runSearch(params);
    else if (path.startsWith('/article/')) await showArticle(decodeURIComponent(path.slice('/article/'.length)));
    else if (path.startsWith('/entity/')) await showEntity(decodeURIComponent(path.slice('/entity/'.length)));
    else {
      show('home-view');
      $('q').value = '';
    }
  } catch (e) {
    showError(e);
  }
}

// ---- search --------------------------------------------------------------------------------

async function runSearch(params) {
  const seq = ++searchSeq;
  show('search-view');
  $('q').value = params.get('q') || '';
  $('status').textContent = 'Searching…';
  $('results').replaceChildren();
  $('more').hidden = true;
  let data;
  try {
    data = await getJson('/search', params);
  } catch (e) {
    $('status').textContent = '';
    throw e;
  }
  if (seq !== searchSeq) return;
  currentSearch = { params, data };
  rememberLabels(data);
  renderChips(params, data.interpreted);
  renderFacets(params, normalizeFacets(data.facets));
  renderHits(data.hits || [], false);
  const total = typeof data.total === 'number' ? data.total : (data.hits || []).length;
  const q = params.get('q');
  $('status').textContent = total === 0
    ? 'No articles found' + (q ? ' for “' + q + '”.' : '.')
    : total + (total === 1 ? ' article' : ' articles') + (q ? ' for “' + q + '”' : '') + '.';
  nextCursor = data.cursor || null;
  $('more').hidden = !nextCursor;
  loadTimeline(params, $('timeline'), $('timeline-chart'), $('interval').value, seq);
}

function rememberLabels(data) {
  const facets = normalizeFacets(data.facets) || {};
  for (const [group] of FACET_GROUPS) {
    for (const f of facets[group] || []) if (f.key && f.label) entityLabels.set(f.key, f.label);
  }
  for (const e of (data.interpreted && data.interpreted.entities) || []) if (e.id && e.label) entityLabels.set(e.id, e.label);
}

async function loadMore() {
  if (!currentSearch || !nextCursor) return;
  const params = new URLSearchParams(currentSearch.params);
  params.set('cursor', nextCursor);
  const button = $('more');
  button.disabled = true;
  button.textContent = 'Loading…';
  try {
    const data = await getJson('/search', params);
    const added = renderHits(data.hits || [], true);
    nextCursor = data.cursor || null;
    $('status').textContent = $('results').children.length + ' of ' + (data.total ?? currentSearch.data.total ?? '?') + ' articles shown.';
    if (added) added.focus();
  } catch (e) {
    showError(e);
  } finally {
    button.disabled = false;
    button.textContent = 'More results';
    button.hidden = !nextCursor;
  }
}

function renderHits(hits, append) {
  const list = $('results');
  if (!append) list.replaceChildren();
  let firstLink = null;
  for (const hit of hits) {
    const link = el('a', { href: '#/article/' + encodeURIComponent(hit.id), class: 'hit-title' }, hit.title || '(untitled)');
    firstLink = firstLink || link;
    list.append(el('li', { class: 'hit', 'data-id': hit.id },
      el('article', languageAttrs(hit.language),
        el('h2', {}, link),
        hitMeta(hit),
        hit.snippet ? el('p', { class: 'snippet' }, safeSnippet(hit.snippet)) : null,
        matchedLine(hit.matched))));
  }
  return firstLink;
}

function hitMeta(hit) {
  const parts = [];
  if (hit.source) parts.push(el('span', { class: 'source' }, hit.source));
  if (hit.published) parts.push(el('time', { datetime: hit.published }, formatDate(hit.published)));
  if (hit.language) parts.push(el('span', { class: 'language', lang: 'en' }, languageName(hit.language)));
  const meta = el('p', { class: 'meta', dir: 'ltr' });
  parts.forEach((p, i) => meta.append(...(i ? [' · ', p] : [p])));
  return meta;
}

function matchedLine(matched) {
  if (!matched) return null;
  const bits = [];
  if (matched.terms && matched.terms.length) bits.push('terms: ' + matched.terms.join(', '));
  if (matched.expansions && matched.expansions.length) bits.push('via: ' + matched.expansions.join(', '));
  if (matched.entities && matched.entities.length) bits.push('about: ' + matched.entities.map((id) => entityLabels.get(id) || id).join(', '));
  return bits.length ? el('p', { class: 'matched', dir: 'auto' }, 'Matched ' + bits.join('; ')) : null;
}

// ---- chips ---------------------------------------------------------------------------------

function chip(text, label, onRemove, attrs) {
  return el('span', Object.assign({ class: 'chip' }, attrs || {}),
    el('span', { dir: 'auto' }, text),
    el('button', { type: 'button', class: 'chip-remove', 'aria-label': 'Remove ' + label, onclick: onRemove }, '×'));
}

function renderChips(params, interpreted) {
  const box = $('chips');
  box.replaceChildren();
  const reading = interpreted || {};
  const dates = reading.dates || [];
  const entities = reading.entities || [];
  const expansions = Object.entries(reading.expansions || {});
  if (dates.length || entities.length || expansions.length) {
    box.append(el('span', { class: 'chips-label' }, 'Read as:'));
  }
  dates.forEach((d, i) => box.append(chip(
    'Date: ' + (d.text || '') + (d.from || d.to ? ' (' + (d.from || '…') + ' – ' + (d.to || '…') + ')' : ''),
    'date ' + (d.text || ''), () => dropInterpretation(params, reading, { date: i }), { 'data-kind': 'date' })));
  entities.forEach((e, i) => box.append(chip(
    (e.type ? e.type + ': ' : '') + (e.label || e.text || e.id),
    'entity ' + (e.label || e.id), () => dropInterpretation(params, reading, { entity: i }), { 'data-kind': 'entity' })));
  // The API groups a term's translations by language: {"embassy": {"ar": [...], "tr": [...]}}.
  const translations = (byLanguage) => Array.isArray(byLanguage) ? byLanguage
    : Object.values(byLanguage || {}).flat();
  expansions.forEach(([term, byLanguage]) => box.append(chip(
    term + ' → ' + translations(byLanguage).join(', '),
    'expansions of ' + term, () => dropInterpretation(params, reading, { expansion: term }), { 'data-kind': 'expansion' })));

  const explicit = [];
  if (params.get('interpret') === 'false') {
    explicit.push(chip('Literal search (no dates, names or translations read)', 'literal search',
      () => navigateWith(params, (p) => p.delete('interpret'))));
  }
  if (params.get('from') || params.get('to')) {
    explicit.push(chip('From ' + (params.get('from') || '…') + ' to ' + (params.get('to') || '…'), 'date range',
      () => navigateWith(params, (p) => { p.delete('from'); p.delete('to'); })));
  }
  for (const name of MULTI_PARAMS) {
    for (const value of params.getAll(name)) {
      const shown = name === 'lang' ? languageName(value) : name === 'entity' ? (entityLabels.get(value) || value) : value;
      explicit.push(chip(filterTitle(name) + ': ' + shown, filterTitle(name) + ' ' + shown,
        () => go('/search', toggled(params, name, value)), { 'data-kind': 'filter' }));
    }
  }
  if (explicit.length) box.append(el('span', { class: 'chips-label' }, 'Filters:'), ...explicit);
}

function filterTitle(name) {
  return { lang: 'Language', entity: 'About', source: 'Source' }[name] || name;
}

function dropInterpretation(params, reading, removed) {
  go('/search', withoutReading(params, reading, removed));
}

function navigateWith(params, change) {
  const next = new URLSearchParams(params);
  next.delete('cursor');
  change(next);
  go('/search', next);
}

// ---- facets --------------------------------------------------------------------------------

function renderFacets(params, facets) {
  const box = $('facets');
  box.replaceChildren();
  if (!facets) return;
  for (const [group, title, param] of FACET_GROUPS) {
    const values = facets[group];
    if (!values || !values.length) continue;
    const headingId = 'facet-' + group;
    const list = el('ul', { 'aria-labelledby': headingId });
    for (const f of values) {
      const label = group === 'languages' ? languageName(f.key) : (f.label || f.key);
      const content = [el('span', { class: 'facet-label', dir: 'auto' }, label), el('span', { class: 'count' }, f.count ?? '')];
      if (!param) {
        list.append(el('li', { class: 'facet-static' }, ...content));
        continue;
      }
      const active = params.getAll(param).includes(f.key);
      list.append(el('li', {}, el('button', {
        type: 'button', class: 'facet', 'aria-pressed': active ? 'true' : 'false', 'data-param': param, 'data-key': f.key,
        onclick: () => {
          facetToFocus = { param, key: f.key };
          go('/search', toggled(params, param, f.key));
        },
      }, ...content)));
    }
    box.append(el('section', { class: 'facet-group' }, el('h2', { id: headingId }, title), list));
  }
  if (facetToFocus) {
    const again = [...box.querySelectorAll('button.facet')]
      .find((b) => b.dataset.param === facetToFocus.param && b.dataset.key === facetToFocus.key);
    if (again) again.focus();
    facetToFocus = null;
  }
}

// ---- timeline ------------------------------------------------------------------------------

async function loadTimeline(params, figure, chart, interval, seq) {
  const query = new URLSearchParams();
  for (const [k, v] of params) if (k === 'q' || FILTER_PARAMS.includes(k)) query.append(k, v);
  query.set('interval', interval);
  try {
    const data = await getJson('/timeline', query);
    if (seq !== undefined && seq !== searchSeq) return;
    const buckets = (data.buckets || []).filter((b) => b && b.date);
    figure.hidden = buckets.length === 0;
    // Drawn at the width it is shown at, so bars and labels are not stretched.
    chart.replaceChildren(timelineSvg(buckets, data.interval || interval, Math.max(280, Math.round(chart.clientWidth || 640))));
  } catch {
    // No timeline route yet, or it failed: the results stand on their own.
    figure.hidden = true;
  }
}

function timelineSvg(buckets, interval, width) {
  const height = 140, pad = 22;
  const max = Math.max(1, ...buckets.map((b) => b.count || 0));
  const step = (width - 2 * pad) / Math.max(1, buckets.length);
  const barWidth = Math.max(2, step * 0.8);
  const total = buckets.reduce((s, b) => s + (b.count || 0), 0);
  const peak = buckets.reduce((a, b) => ((b.count || 0) > (a.count || 0) ? b : a), buckets[0] || {});
  const summary = buckets.length
    ? total + ' articles from ' + buckets[0].date + ' to ' + buckets[buckets.length - 1].date + ' per ' + interval
      + '; most (' + (peak.count || 0) + ') in ' + peak.date + '.'
    : 'No articles over time.';
  const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': summary, class: 'chart' });
  root.append(svg('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis' }));
  buckets.forEach((b, i) => {
    const h = ((b.count || 0) / max) * (height - 2 * pad);
    root.append(svg('rect', { x: pad + i * step + (step - barWidth) / 2, y: height - pad - h, width: barWidth, height: Math.max(h, 0), class: 'bar' },
      svg('title', {}, b.date + ': ' + (b.count || 0))));
  });
  root.append(svg('text', { x: pad, y: 12, class: 'label' }, String(max)));
  if (buckets.length) {
    root.append(svg('text', { x: pad, y: height - 6, class: 'label' }, buckets[0].date));
    root.append(svg('text', { x: width - pad, y: height - 6, class: 'label end' }, buckets[buckets.length - 1].date));
  }
  return root;
}

// ---- article -------------------------------------------------------------------------------

async function showArticle(id) {
  const view = $('article-view');
  const a = await getJson('/articles/' + encodeURIComponent(id));
  show('article-view');
  for (const e of a.entities || []) if (e.id && e.label) entityLabels.set(e.id, e.label);
  const title = a.title || '';
  const body = a.body || '';
  // Entity spans are offsets into title + "\n\n" + body.
  const spans = entitySpans(a.entities || []);
  const bodyStart = title ? title.length + 2 : 0;
  const heading = el('h1', { tabindex: '-1' }, markText(title, 0, spans));
  const url = safeUrl(a.url);
  const meta = el('p', { class: 'meta', dir: 'ltr' },
    a.source ? el('span', { class: 'source' }, a.source) : null,
    a.published ? [a.source ? ' · ' : '', el('time', { datetime: a.published }, formatDate(a.published))] : null,
    a.language ? [' · ', el('span', { lang: 'en' }, languageName(a.language))] : null,
    url ? [' · ', el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null);
  view.replaceChildren(...[
    el('p', { class: 'back' }, el('a', { href: '#', onclick: backToResults }, '← Back to results')),
    meta,
    el('div', Object.assign({ class: 'article-text' }, languageAttrs(a.language)),
      heading,
      el('div', { class: 'body' }, markText(body, bodyStart, spans))),
    entityList(a.entities || []),
    dateList(a.dates || [])].filter(Boolean));
  heading.focus();
}

function backToResults(event) {
  event.preventDefault();
  if (currentSearch) go('/search', currentSearch.params);
  else go('/');
}

/** The text from offset `base`, with each entity span inside it as a link to the entity's page. */
function markText(text, base, spans) {
  const out = document.createDocumentFragment();
  for (const { text: piece, entity: e } of spanSegments(text, base, spans)) {
    if (!e) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const attrs = { class: 'entity entity-' + String(e.type || 'other').toLowerCase(), title: (e.label || e.id || '') + (e.type ? ' (' + e.type + ')' : '') };
    out.append(e.id ? el('a', Object.assign({ href: '#/entity/' + encodeURIComponent(e.id) }, attrs), piece) : el('mark', attrs, piece));
  }
  return out;
}

function entityList(entities) {
  if (!entities.length) return null;
  return el('section', { class: 'side', 'aria-labelledby': 'article-entities' },
    el('h2', { id: 'article-entities' }, 'People, organisations and places'),
    el('ul', { class: 'entity-list' }, entities.map((e) => el('li', {},
      e.id ? el('a', { href: '#/entity/' + encodeURIComponent(e.id), dir: 'auto' }, e.label || e.id) : el('span', { dir: 'auto' }, e.label || ''),
      ' ', el('span', { class: 'muted' }, [e.type, e.count ? e.count + '×' : null].filter(Boolean).join(', '))))));
}

function dateList(dates) {
  if (!dates.length) return null;
  return el('section', { class: 'side', 'aria-labelledby': 'article-dates' },
    el('h2', { id: 'article-dates' }, 'Dates mentioned'),
    el('ul', { class: 'date-list' }, dates.map((d) => el('li', {},
      el('span', { dir: 'auto', class: 'date-text' }, d.text || ''), ' → ',
      el('span', {}, d.start === d.end || !d.end ? (d.start || '?') : d.start + ' – ' + d.end),
      ' ', el('span', { class: 'muted' }, [d.granularity, d.kind, d.calendar].filter(Boolean).join(', '))))));
}

// ---- entity --------------------------------------------------------------------------------

async function showEntity(id) {
  const view = $('entity-view');
  const entity = await getJson('/entities/' + encodeURIComponent(id));
  show('entity-view');
  const heading = el('h1', { tabindex: '-1', dir: 'auto' }, entity.label || id);
  const labels = Object.entries(entity.labels || {});
  const figure = el('figure', { class: 'timeline', hidden: true }, el('figcaption', {}, 'Articles about ' + (entity.label || id) + ' per month'));
  const chart = el('div');
  figure.append(chart);
  const list = el('ol', { class: 'results', id: 'entity-articles' });
  view.replaceChildren(...[
    el('p', { class: 'back' }, el('a', { href: '#', onclick: backToResults }, '← Back to results')),
    heading,
    el('p', { class: 'meta' }, [entity.type, entity.id,
      entity.articleCount !== undefined ? entity.articleCount + ' articles' : null,
      entity.firstSeen ? 'first seen ' + formatDate(entity.firstSeen) : null,
      entity.lastSeen ? 'last seen ' + formatDate(entity.lastSeen) : null].filter(Boolean).join(' · ')),
    labels.length ? el('section', { 'aria-labelledby': 'entity-labels' },
      el('h2', { id: 'entity-labels' }, 'Names in each language'),
      el('dl', { class: 'labels' }, labels.flatMap(([lang, label]) => [
        el('dt', {}, languageName(lang)), el('dd', languageAttrs(lang), label)]))) : null,
    figure,
    el('section', { 'aria-labelledby': 'entity-articles-heading' },
      el('h2', { id: 'entity-articles-heading' }, 'Articles'), list),
    el('p', {}, el('a', { href: '#/search?entity=' + encodeURIComponent(id) }, 'Search within articles about ' + (entity.label || id)))].filter(Boolean));
  heading.focus();
  loadTimeline(new URLSearchParams([['entity', id]]), figure, chart, 'month');
  try {
    const data = await getJson('/entities/' + encodeURIComponent(id) + '/articles');
    const hits = data.hits || data.articles || [];
    for (const hit of hits) {
      list.append(el('li', { class: 'hit', 'data-id': hit.id }, el('article', languageAttrs(hit.language),
        el('h3', {}, el('a', { href: '#/article/' + encodeURIComponent(hit.id) }, hit.title || '(untitled)')), hitMeta(hit))));
    }
    if (!hits.length) list.append(el('li', { class: 'muted' }, 'No articles yet.'));
  } catch (e) {
    list.append(el('li', { class: 'muted' }, 'Articles could not be listed: ' + e.message));
  }
}

// ---- wiring --------------------------------------------------------------------------------

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('q').value.trim();
  if (!q) return;
  const params = new URLSearchParams([['q', q]]);
  // A page size given in the address (for small screens or tests) outlives new queries.
  const size = parseHash().params.get('size');
  if (size) params.set('size', size);
  go('/search', params);
});
$('more').addEventListener('click', loadMore);
// The address fragment is the page's route, so the skip link moves focus itself instead of navigating.
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  $('main').focus();
});
$('interval').addEventListener('change', () => {
  if (currentSearch) loadTimeline(currentSearch.params, $('timeline'), $('timeline-chart'), $('interval').value, searchSeq);
});
window.addEventListener('hashchange', route);
route();
