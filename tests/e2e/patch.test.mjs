// Results patched, not rebuilt ([10]): after many edits that keep the results' structure, the
// patched results are exactly what writing them whole gives, and no edit parsed HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './helpers.mjs';
import { openPlanner, control } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness();
});
after(async () => {
  await h?.close();
});

const resultsHtml = (page) => page.evaluate(() =>
  document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-results').innerHTML);

test('patched results equal the results written whole, edit after edit', async () => {
  const page = await openPlanner(h);
  // Count the sections replaced: a patch replaces none.
  await page.evaluate(() => {
    const results = document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-results');
    window.__replaced = 0;
    new MutationObserver((records) => {
      for (const r of records) window.__replaced += r.removedNodes.length;
    }).observe(results, { childList: true, subtree: true });
  });
  const edits = [
    ['averageOrderValue', '81'], ['averageOrderValue', '92,5'], ['grossMarginRate', '38'],
    ['channels[1].conversionRate', '5'], ['channels[0].sessionsPerMonth', '31 000'],
    ['goal.growthRate', '45'], ['channels[1].cost.costPerClick', '1,2'], ['goal.growthRate', '12'],
  ];
  for (const [name, value] of edits) {
    await control(page, name).fill(value);
  }
  const patched = await resultsHtml(page);
  const replaced = await page.evaluate(() => window.__replaced);
  // Written whole: away to the review and back (another structure, so no patch).
  await page.locator('[data-action="view-review"]').click();
  await page.locator('[data-action="view-plan"]').click();
  await page.locator('[data-testid="target-revenue"]').waitFor();
  const whole = await resultsHtml(page);
  assert.equal(patched.length, whole.length);
  assert.ok(patched === whole, 'the patched results differ from the results written whole');
  // A section whose structure changed (a chart's scale, a warning more or less) is replaced;
  // every other one is patched in place: fewer sections replaced than edits made.
  assert.ok(replaced < edits.length, `${replaced} sections replaced over ${edits.length} edits`);
  assert.deepEqual(h.consoleErrors, []);
});
