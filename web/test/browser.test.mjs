// The web page in a real browser (Debian's chromium via playwright-core), against a local front
// over the test servers with the samples loaded. Run by ./khabar test; screenshots of each step go
// to web/target/screenshots/.
//   KHABAR_WEB_URL=http://127.0.0.1:PORT node web/test/browser.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..');
const repo = join(web, '..');
const base = (process.env.KHABAR_WEB_URL || 'http://127.0.0.1:3000').replace(/\/+$/, '');
const shots = join(web, 'target', 'screenshots');
const SEED_QUERY = 'US embassy inquiries, 2026';
const SEED_TITLE = 'الولايات المتحدة تطالب بإجابات: ما الذي يُحاك في الخفاء بين مصر وتركيا؟';

/** The seed's id as the API gives it: posting it again is idempotent and answers with its id. */
async function seedId() {
  const r = await fetch(base + '/articles', {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: readFileSync(join(repo, 'samples', '000_8ca666154d1ccad1.txt')),
  });
  assert.ok(r.status === 200 || r.status === 201, 'posting the seed answered ' + r.status);
  return (await r.json()).id;
}

test('the web page, step by step in chromium', async (t) => {
  mkdirSync(shots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'khabar-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KHABAR_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(10000);
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => {
    // Missing optional routes (404) are expected while other issues land; CSP refusals and script errors are not.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text());
  });
  const id = await seedId();

  try {
    await t.test('serves the page with a restrictive content security policy', async () => {
      const response = await page.goto(base + '/#/?size=2');
      assert.equal(response.status(), 200);
      const csp = response.headers()['content-security-policy'] || '';
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      await page.getByLabel('Search news in any language').waitFor();
    });

    await t.test('searching the seed query shows the seed first, with chips and highlights', async () => {
      await page.getByLabel('Search news in any language').fill(SEED_QUERY);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const s = document.querySelector('#status').textContent;
        return (s && !s.startsWith('Searching')) || !document.querySelector('#error').hidden;
      });
      await page.screenshot({ path: join(shots, '01-search.png'), fullPage: true });
      assert.ok(await page.locator('#results li.hit').count() > 0, 'the seed query finds articles: ' + await page.locator('#status').textContent());
      assert.equal(await page.locator('#results li.hit').first().getAttribute('data-id'), id, 'the seed ranks first');
      const first = page.locator('#results li.hit').first().locator('article');
      assert.equal(await first.getAttribute('dir'), 'rtl');
      assert.equal(await first.getAttribute('lang'), 'ar');
      assert.ok(await first.locator('.snippet mark').count() > 0, 'the snippet highlights the matches');
      assert.ok(await page.locator('#chips .chip').count() > 0, 'the reading of the query is shown as chips');
      assert.match(await page.locator('#status').textContent(), /articles? for “US embassy inquiries, 2026”/);
    });

    await t.test('opening the seed shows its text right to left, its entities marked and its date', async () => {
      await page.locator('#results li.hit').first().locator('a.hit-title').click();
      await page.locator('#article-view h1').waitFor();
      assert.equal((await page.locator('#article-view h1').textContent()).trim(), SEED_TITLE);
      assert.equal(await page.locator('#article-view .article-text').getAttribute('dir'), 'rtl');
      assert.ok(await page.locator('#article-view a.entity').count() > 0, 'entities are marked in the text');
      assert.ok((await page.locator('#article-view .meta time').getAttribute('datetime')).startsWith('2026-06-07'),
        'the dateline is the published date');
      // The seed names no other date: "رأي اليوم" is an outlet, not "today", and "after years of tension" no day.
      assert.equal(await page.locator('#article-view .date-list li').count(), 0, 'no date is listed that the text does not name');
      assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.tagName), 'H1', 'focus moves to the article');
      await page.screenshot({ path: join(shots, '02-article.png'), fullPage: true });
    });

    await t.test('paging on with More appends the next page', async () => {
      await page.getByRole('link', { name: '← Back to results' }).click();
      await page.locator('#results li.hit').first().waitFor();
      // The seed query has one match; a place named in several samples, in several languages, has more.
      await page.goto(base + '/#/search?q=Egypt&size=2');
      await page.locator('#results li.hit').first().waitFor();
      const before = await page.locator('#results li.hit').count();
      await page.getByRole('button', { name: 'More results' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('#results li.hit').length > n, before, { timeout: 15000 });
      const ids = await page.locator('#results li.hit').evaluateAll((items) => items.map((i) => i.dataset.id));
      assert.equal(new Set(ids).size, ids.length, 'no article is shown twice');
      await page.screenshot({ path: join(shots, '03-more.png'), fullPage: true });
    });

    await t.test('clicking a facet filters the results and shows the filter as a chip', async () => {
      const facet = page.locator('#facets button.facet[data-param="lang"][data-key="ar"]');
      await facet.click();
      await page.waitForFunction(() => location.hash.includes('lang=ar'));
      await page.locator('#facets button.facet[data-key="ar"][aria-pressed="true"]').waitFor({ timeout: 15000 });
      const languages = await page.locator('#results li.hit article').evaluateAll((a) => a.map((x) => x.getAttribute('lang')));
      assert.ok(languages.length > 0);
      assert.deepEqual([...new Set(languages)], ['ar']);
      assert.ok(await page.locator('#chips .chip[data-kind="filter"]').count() > 0);
      await page.screenshot({ path: join(shots, '04-facet.png'), fullPage: true });
    });

    await t.test('the results read on a phone-sized screen', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, 'no sideways scrolling on a phone (overflow ' + overflow + 'px)');
      await page.screenshot({ path: join(shots, '05-phone.png'), fullPage: true });
    });

    await t.test('an article that names dates lists them, each with its reading', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(base + '/#/search?q=' + encodeURIComponent('الربط الكهربائي'));
      await page.locator('#results li.hit').first().locator('a.hit-title').click();
      await page.locator('#article-view .date-list li').first().waitFor();
      const dates = await page.locator('#article-view .date-list li').allTextContents();
      assert.ok(dates.some((d) => d.includes('عام 2028') && d.includes('2028-01-01')), dates.join(' | '));
    });

    await t.test('the page logged no script errors or CSP refusals', () => {
      assert.deepEqual(problems, []);
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
