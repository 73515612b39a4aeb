// Private by construction: every request goes to the page's own origin and happens while it
// loads; typing, copying, exporting, importing and switching language send nothing; no cookie;
// localStorage holds Boussole's key only. Also checks that the pages carry a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openHarness, foreignRequests, WWW, TMP } from './helpers.mjs';
import { startFromExample } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness({ browser: { acceptDownloads: true }, clipboard: true });
});
after(async () => {
  await h?.close();
});

/** Network requests only (blob: and data: URLs never leave the page). */
const network = (requests) => requests.filter((r) => /^https?:/.test(r.url));

test('nothing leaves the page: requests only while loading, only to its own origin', async () => {
  const { page, server, requests } = h;
  await page.goto(server.url('/'));
  await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
  await startFromExample(page);
  await page.waitForLoadState('networkidle');
  const atLoad = network(requests).length;
  assert.ok(atLoad > 0);
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  // Each file once: the page, its script, the engine, the styles.
  const paths = network(requests).map((r) => new URL(r.url).pathname).sort();
  for (const path of ['/', '/boussole.js', '/pkg/boussole.js', '/pkg/boussole_bg.wasm.gz', '/pkg/view.js', '/css/base.css', '/css/form.css', '/css/results.css']) {
    assert.ok(paths.includes(path), `${path} was not loaded (${paths.join(', ')})`);
  }

  // Everything a user does.
  const field = (name) => page.locator(`[name="${name}"]`);
  for (const [name, value] of [['averageOrderValue', '92'], ['channels[0].sessionsPerMonth', '31 000'], ['grossMarginRate', 'abc'], ['grossMarginRate', '44']]) {
    await field(name).fill(value);
  }
  await page.locator('[data-action="copy"]').first().click();
  await page.locator('[data-action="copy-link"]').click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('#z='));
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-json"]').click()]);
  const file = join(TMP, 'privacy-plan.json');
  await json.saveAs(file);
  await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
  await page.locator('.bp-import').setInputFiles(file);
  await page.locator('[data-action="add-channel"]').click();
  await field('locale').selectOption('en');
  await field('currency').selectOption('GBP');
  await page.locator('[data-action="reset"]').click();
  await page.waitForTimeout(1500); // the live region's delayed announcement, and anything late

  assert.deepEqual(network(requests).slice(atLoad), [], 'requests after load');
  assert.deepEqual(await h.browser.context.cookies(), []);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['boussole:v1:plan']);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
});

test('the pages carry a strict Content-Security-Policy and work under it', async () => {
  for (const file of ['index.html', 'embed.html']) {
    const html = readFileSync(join(WWW, file), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, `${file} has no CSP`);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${file} has an inline script`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${file} has an inline event handler`);
    assert.doesNotMatch(html, /\sstyle=/i, `${file} has an inline style`);
  }
  // The planner computed under the CSP in the test above; a CSP violation would be logged.
  const violations = await h.page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    setTimeout(() => resolve(seen), 200);
  }));
  assert.deepEqual(violations, []);
  assert.deepEqual(h.consoleErrors.filter((e) => /Content Security Policy/i.test(e)), []);
});
