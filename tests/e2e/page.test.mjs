// The front page computes the example plan with the wasm engine and shows its target revenue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, foreignRequests } from './helpers.mjs';

let h;
before(async () => {
  h = await openHarness();
});
after(async () => {
  await h?.close();
});

test('index.html shows the example plan computed by the wasm engine', async () => {
  const { page, server } = h;
  const response = await page.goto(server.url('/'), { waitUntil: 'load' });
  assert.equal(response.status(), 200);
  assert.equal(await page.title(), 'Boussole — objectifs commerciaux en ligne');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');

  // Wait for the engine's result (or an error state, reported below with its text).
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 30_000 });
  const ready = await page.evaluate(() => document.body.dataset.ready);
  assert.equal(ready, 'true', `page did not compute: ${await page.textContent('[data-testid="errors"]')}`);

  const target = page.locator('[data-testid="target-revenue"]');
  const domValue = await target.getAttribute('data-value');
  const text = (await target.textContent()).trim();

  // The same computation, straight from the wasm module in the page's context.
  const expected = await page.evaluate(async () => {
    const mod = await import('./pkg/boussole.js');
    await mod.default();
    const out = mod.plan(mod.examplePlan('fr'));
    return { ok: out.ok, targetRevenue: out.goal && out.goal.targetRevenue };
  });
  assert.equal(expected.ok, true);
  assert.equal(typeof expected.targetRevenue, 'number');
  assert.ok(Number.isFinite(expected.targetRevenue) && expected.targetRevenue > 0);
  assert.equal(Number(domValue), expected.targetRevenue);

  assert.notEqual(text, '');
  assert.ok(text.includes('€'), `visible target revenue "${text}" has no €`);
  assert.ok(/\d/.test(text), `visible target revenue "${text}" has no digit`);

  // Optional parts render only when the engine returns them; when present they must be filled.
  for (const id of ['channels', 'quarters']) {
    const shown = await page.isVisible(`[data-testid="${id}"]`);
    if (shown) {
      const rows = await page.locator(`[data-testid="${id}"] tbody tr`).count();
      assert.ok(rows > 0, `${id} table is visible but empty`);
    }
  }
});

test('the page makes no request to another origin and logs no error', async () => {
  const { requests, consoleErrors, server } = h;
  assert.ok(requests.some((r) => r.url.endsWith('/pkg/boussole_bg.wasm')), 'the wasm was not loaded');
  assert.deepEqual(foreignRequests(requests, server.origin), []);
  assert.deepEqual(consoleErrors, []);
});
