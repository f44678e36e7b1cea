// The page's logic that touches no DOM, kept apart so node can test it (web/test/reading.test.mjs).

export const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'ckb', 'sd', 'ug', 'dv']);

/** lang and dir attributes for text in `language` (a BCP 47 tag or a bare code). */
export function languageAttrs(language) {
  if (!language) return {};
  const base = String(language).toLowerCase().split(/[-_]/)[0];
  return { lang: language, dir: RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr' };
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The snippet is escaped text with <mark> around matches: split on those two tags and decode the
 * entities, so no HTML parser ever sees server text and any other markup shows as plain text.
 * @returns {{text: string, mark: boolean}[]}
 */
export function snippetParts(snippet) {
  const parts = [];
  let inMark = false;
  for (const part of String(snippet || '').split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) inMark = true;
    else if (/^<\/mark>$/i.test(part)) inMark = false;
    else if (part) parts.push({ text: decodeEntities(part), mark: inMark });
  }
  return parts;
}

/** Every entity span, sorted, with overlaps dropped (the first and longest wins). */
export function entitySpans(entities) {
  const spans = [];
  for (const e of entities || []) for (const s of e.spans || []) {
    if (Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) spans.push({ start: s.start, end: s.end, entity: e });
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept = [];
  for (const s of spans) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

/**
 * `text` cut into plain and entity pieces; it starts at offset `base` of the text the spans count
 * in (title + "\n\n" + body), and spans reaching past either end are clipped.
 * @returns {{text: string, entity: object|null}[]}
 */
export function spanSegments(text, base, spans) {
  const out = [];
  let at = 0;
  for (const s of spans) {
    const start = Math.max(s.start - base, at);
    const end = Math.min(s.end - base, text.length);
    if (end <= start || start >= text.length) continue;
    if (start > at) out.push({ text: text.slice(at, start), entity: null });
    out.push({ text: text.slice(start, end), entity: s.entity });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), entity: null });
  return out;
}

/**
 * The search without one part of the API's reading of the query: a literal search
 * (interpret=false) with every other part kept as an explicit filter, so only the removed part
 * changes. `removed` is {date: index}, {entity: index} or {expansion: term}.
 */
export function withoutReading(params, reading, removed) {
  const p = new URLSearchParams(params);
  p.delete('cursor');
  p.set('interpret', 'false');
  (reading.entities || []).forEach((e, i) => {
    if (i !== removed.entity && e.id && !p.getAll('entity').includes(e.id)) p.append('entity', e.id);
  });
  const dates = (reading.dates || []).filter((d, i) => i !== removed.date);
  if (dates.length && !p.get('from') && !p.get('to')) {
    const froms = dates.map((d) => d.from).filter(Boolean).sort();
    const tos = dates.map((d) => d.to).filter(Boolean).sort();
    if (froms.length) p.set('from', froms[0]);
    if (tos.length) p.set('to', tos[tos.length - 1]);
  }
  return p;
}

/** The search with `value` of a repeatable filter switched on or off; paging starts again. */
export function toggled(params, name, value) {
  const p = new URLSearchParams(params);
  p.delete('cursor');
  const values = p.getAll(name);
  p.delete(name);
  const kept = values.filter((v) => v !== value);
  kept.forEach((v) => p.append(name, v));
  if (kept.length === values.length) p.append(name, value);
  return p;
}
