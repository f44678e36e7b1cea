// The page's DOM-free logic under node's test runner: node --test web/test/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, entitySpans, languageAttrs, snippetParts, spanSegments, toggled, withoutReading } from '../assets/reading.js';

test('snippets keep only <mark> and show any other markup as text', () => {
  assert.deepEqual(snippetParts('طلبت <mark>إستفسارات</mark> من &lt;b&gt;سفارتها&lt;/b&gt; <img src=x onerror=alert(1)>'), [
    { text: 'طلبت ', mark: false },
    { text: 'إستفسارات', mark: true },
    { text: ' من <b>سفارتها</b> <img src=x onerror=alert(1)>', mark: false },
  ]);
  assert.deepEqual(snippetParts('qu&#x27;un accord entre Le Caire et <MARK>Ankara</MARK>'), [
    { text: "qu'un accord entre Le Caire et ", mark: false },
    { text: 'Ankara', mark: true },
  ]);
  assert.deepEqual(snippetParts(null), []);
});

test('entities decode named and numeric references and leave unknown ones alone', () => {
  assert.equal(decodeEntities('A &amp; B &quot;x&quot; &#1587; &#x5e9; &bogus; &#0;'), 'A & B "x" س ש &bogus; &#0;');
});

test('Arabic, Hebrew, Persian and Urdu read right to left, others left to right', () => {
  for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'fa_IR']) assert.equal(languageAttrs(lang).dir, 'rtl', lang);
  for (const lang of ['en', 'tr', 'fr', 'ku']) assert.equal(languageAttrs(lang).dir, 'ltr', lang);
  assert.deepEqual(languageAttrs(undefined), {});
});

test('entity spans mark the title and body apart, clipped at the boundary', () => {
  const title = 'Erdoğan meets Sisi';
  const body = 'Turkish President Erdoğan met Egyptian President Sisi in Ankara.';
  const text = title + '\n\n' + body;
  const at = (s, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const erdogan = { id: 'Q39723', label: 'Recep Tayyip Erdoğan', spans: [at('Erdoğan'), at('Erdoğan', title.length)] };
  const sisi = { id: 'Q1049', label: 'Abdel Fattah el-Sisi', spans: [at('Sisi'), at('Sisi', title.length)] };
  const ankara = { id: 'Q3640', label: 'Ankara', spans: [at('Ankara')] };
  const spans = entitySpans([sisi, ankara, erdogan]);
  assert.deepEqual(spanSegments(title, 0, spans).map((s) => [s.text, s.entity && s.entity.id]),
    [['Erdoğan', 'Q39723'], [' meets ', null], ['Sisi', 'Q1049']]);
  const bodyPieces = spanSegments(body, title.length + 2, spans).filter((s) => s.entity).map((s) => s.text);
  assert.deepEqual(bodyPieces, ['Erdoğan', 'Sisi', 'Ankara']);
  assert.equal(spanSegments(body, title.length + 2, spans).map((s) => s.text).join(''), body, 'no text is lost');
});

test('overlapping spans keep the first, longest one', () => {
  const us = { id: 'Q30', spans: [{ start: 0, end: 13 }] };
  const states = { id: 'Q35657', spans: [{ start: 7, end: 13 }] };
  assert.deepEqual(entitySpans([states, us]).map((s) => s.entity.id), ['Q30']);
  assert.deepEqual(entitySpans([{ id: 'Q1', spans: [{ start: 5, end: 5 }, { start: 'x', end: 9 }] }]), []);
});

test('removing one part of the reading keeps the others as explicit filters', () => {
  const reading = {
    dates: [{ text: '2026', from: '2026-01-01', to: '2026-12-31' }],
    entities: [{ id: 'Q30', label: 'United States' }, { id: 'Q79', label: 'Egypt' }],
    expansions: { embassy: ['سفارة', 'שגרירות'] },
  };
  const params = new URLSearchParams('q=US embassy Egypt, 2026&cursor=abc');
  const noDate = withoutReading(params, reading, { date: 0 });
  assert.equal(noDate.get('interpret'), 'false');
  assert.deepEqual(noDate.getAll('entity'), ['Q30', 'Q79']);
  assert.equal(noDate.get('from'), null);
  assert.equal(noDate.get('cursor'), null);

  const noEgypt = withoutReading(params, reading, { entity: 1 });
  assert.deepEqual(noEgypt.getAll('entity'), ['Q30']);
  assert.equal(noEgypt.get('from'), '2026-01-01');
  assert.equal(noEgypt.get('to'), '2026-12-31');

  const noExpansion = withoutReading(params, reading, { expansion: 'embassy' });
  assert.deepEqual(noExpansion.getAll('entity'), ['Q30', 'Q79']);
  assert.equal(noExpansion.get('from'), '2026-01-01');
  assert.equal(params.get('interpret'), null, 'the current search is left as it was');
});

test('a facet toggles its filter and restarts paging', () => {
  const on = toggled(new URLSearchParams('q=سد&lang=he&cursor=c1'), 'lang', 'ar');
  assert.deepEqual(on.getAll('lang'), ['he', 'ar']);
  assert.equal(on.get('cursor'), null);
  assert.deepEqual(toggled(on, 'lang', 'he').getAll('lang'), ['ar']);
});
