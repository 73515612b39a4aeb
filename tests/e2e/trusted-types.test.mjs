// A host page that enforces Trusted Types (`Content-Security-Policy: require-trusted-types-for
// 'script'`, as a header): no string may become HTML through innerHTML, outerHTML and the like.
// The planner must work there: its results drawn, an edit followed by new results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, recordConsoleErrors } from './helpers.mjs';

const CSP = "require-trusted-types-for 'script'";

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Trusted Types</title>
  <link rel="icon" href="data:,">
  <script type="module" src="./boussole.js"></script></head>
  <body><boussole-planner lang="fr" currency="EUR" start="example" storage="none"></boussole-planner></body></html>`;

let server;
let browser;
let page;
let consoleErrors;

before(async () => {
  server = await startServer(undefined, {
    pages: { '/tt.html': PAGE, '/blank.html': '<!doctype html><title>Blank</title><link rel="icon" href="data:,">' },
    headers: { 'content-security-policy': CSP },
  });
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
  consoleErrors = recordConsoleErrors(page);
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('boussole-error', (e) => window.__errors.push(e.detail));
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const target = () => page.evaluate(() => {
  const t = document.querySelector('boussole-planner').shadowRoot?.querySelector('[data-testid="target-revenue"]');
  return t ? Number(t.dataset.value) : null;
});

test('under a Trusted Types policy the planner draws its results and follows an edit', async () => {
  // The server's pages do enforce the policy (else this test would prove nothing).
  await page.goto(server.url('/blank.html'));
  const blocked = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>html</b>';
      return null;
    } catch (error) {
      return error.message;
    }
  });
  assert.match(String(blocked), /requires 'TrustedHTML' assignment/, 'the host page enforces Trusted Types');
  consoleErrors.length = 0;

  // Whatever ends the start: the element ready or in its error state, or an exception.
  const thrown = new Promise((resolve) => page.once('pageerror', (err) => resolve(err.message)));
  await page.goto(server.url('/tt.html'));
  await Promise.race([
    page.waitForSelector('boussole-planner[data-ready="true"], boussole-planner[data-error]', { state: 'attached', timeout: 30_000 }),
    thrown,
  ]);
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  assert.equal(await page.locator('boussole-planner').getAttribute('data-ready'), 'true');
  const first = await target();
  assert.ok(first > 0, `target revenue drawn: ${first}`);

  await page.locator('boussole-planner [name="averageOrderValue"]').fill('93');
  await page.waitForFunction((v) => {
    const t = document.querySelector('boussole-planner').shadowRoot.querySelector('[data-testid="target-revenue"]');
    return t && Number(t.dataset.value) !== v;
  }, first);
  assert.ok((await target()) > 0);
  assert.equal((await page.evaluate(() => document.querySelector('boussole-planner').plan)).averageOrderValue, 93);

  // An edit that redraws part of the form: the goal as a revenue to reach.
  await page.locator('boussole-planner [name="goal.kind"]').selectOption('targetRevenue');
  const field = page.locator('boussole-planner [name="goal.targetRevenue"]');
  await Promise.race([field.waitFor(), thrown]);
  assert.deepEqual(consoleErrors, []);
  await field.fill('1500000');
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot
    .querySelector('[data-testid="target-revenue"]')?.dataset.value === '1500000');
  assert.deepEqual((await page.evaluate(() => document.querySelector('boussole-planner').plan)).goal, { targetRevenue: 1500000 });
  assert.deepEqual(consoleErrors, []);
});
