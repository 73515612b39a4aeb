// The plan at a glance ([10]): on a 375 px phone and at 1280 px, editing any field shows the
// summary change without scrolling; its link reaches the full results, and a link there
// returns to the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, runAxe } from './helpers.mjs';
import { openPlanner, control } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness({ browser: { bypassCSP: true } });
});
after(async () => {
  await h?.close();
});

const inView = (page, selector) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
});
const glanceTarget = (page) => page.locator('[data-testid="glance-target"]').getAttribute('data-value');
const activeName = (page) => page.evaluate(() => {
  const el = document.querySelector('boussole-planner').shadowRoot.activeElement;
  return el?.getAttribute('name') ?? el?.className ?? null;
});

for (const [width, height] of [[375, 667], [1280, 800]]) {
  test(`at ${width} px the glance stays in sight while a far field is edited, and leads to the results and back`, async () => {
    await h.page.setViewportSize({ width, height });
    const page = await openPlanner(h);
    // A field far down the form: the last channel's conversion rate.
    const field = control(page, 'channels[3].conversionRate');
    await field.scrollIntoViewIfNeeded();
    const before = await glanceTarget(page);
    const scrolled = await page.evaluate(() => window.scrollY);
    const top = () => field.evaluate((el) => el.getBoundingClientRect().top);
    const fieldTop = await top();
    await field.fill('7');
    await page.waitForFunction((old) => document.querySelector('boussole-planner').shadowRoot
      .querySelector('[data-testid="glance-target"]')?.dataset.value !== old, before);
    // On a phone the page does not scroll and the field stays where it was. At 1280 px the
    // form is sticky: when the list of example values still in use appears above the results
    // (on the first edit), the browser's scroll anchoring keeps the results where they were,
    // so the window's offset changes and the form settles at the top (by a few pixels).
    if (width < 700) {
      assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page scrolled');
      assert.equal(await top(), fieldTop, 'the field moved');
    } else {
      assert.ok(Math.abs((await top()) - fieldTop) < 40, 'the field jumped');
    }
    assert.ok(await inView(page, '[data-testid="glance-target"]'), 'the glance is off screen');
    assert.ok(await inView(page, '[name="channels[3].conversionRate"]'), 'the glance hides the field');
    assert.deepEqual(await runAxe(page), []);
    // To the results, then back to the field.
    await page.locator('[data-action="to-results"]').click();
    assert.equal(await activeName(page), 'bp-link bp-back');
    assert.ok(await inView(page, '.bp-back'));
    assert.match(await page.locator('.bp-back').textContent(), /Taux de conversion \(canal 4\)/);
    await page.locator('.bp-back').click();
    assert.equal(await activeName(page), 'channels[3].conversionRate');
    assert.ok(await inView(page, '[name="channels[3].conversionRate"]'));
    assert.deepEqual(h.consoleErrors, []);
  });
}
