// What the planner keeps in this browser when storage is odd ([14]): a stored plan it cannot
// read is never erased by the first visit's choice, a frame whose storage is blocked says so
// and still plans, and two tabs of one plan each pick up what the other saved.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, startServer } from './helpers.mjs';
import { waitReady, control, currentPlan } from './planner-helpers.mjs';

const KEY = 'boussole:v1:plan';

let h;
before(async () => {
  h = await openHarness({ browser: { viewport: { width: 1280, height: 900 } } });
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  h.consoleErrors.length = 0;
  await h.page.goto(h.server.url('/'));
  await waitReady(h.page);
  await h.page.evaluate(() => localStorage.clear());
});

/** What the planner stored, as JSON. */
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

test('a stored plan the page cannot read is said, and the first choice does not erase it', async () => {
  const { page, server } = h;
  // A plan cut short mid-write, or edited by hand: no form this page can read.
  const raw = '{"version": 3, "form": {"averageOrderValue": "91", "channels": [{"label": "Mon SEO"';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, raw]);
  await page.goto(server.url('/'));
  await waitReady(page);
  const notice = page.locator('.bp-welcome-notice');
  await notice.filter({ hasText: /n’a pas pu être relu.*n’est pas effacé/ }).waitFor();
  await page.locator('[data-action="start-example"]').click();
  await page.locator('[data-testid="target-revenue"]').first().waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"form":{'), KEY);
  assert.deepEqual((await stored(page)).unread, [raw]);
  // Typing on keeps it too.
  await control(page, 'averageOrderValue').fill('77');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).form.averageOrderValue === '77', KEY);
  assert.deepEqual((await stored(page)).unread, [raw]);
  assert.deepEqual(h.consoleErrors, []);
});
