// Accessibility: the computed front page has no axe-core violations (WCAG 2.1 A/AA + best practices),
// in light and dark colour schemes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, runAxe } from './helpers.mjs';

let h;
before(async () => {
  h = await openHarness();
});
after(async () => {
  await h?.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`front page has no axe violations (${colorScheme})`, async () => {
    const { page, server } = h;
    await page.emulateMedia({ colorScheme });
    await page.goto(server.url('/'), { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 30_000 });
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });
}
