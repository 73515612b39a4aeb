// Accessibility: the planner has no axe-core violations (WCAG 2.1 A/AA + best practices),
// in light and dark colour schemes, at 360 px and 1280 px, with and without field errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, runAxe } from './helpers.mjs';
import { startFromExample, copiedLink } from './planner-helpers.mjs';

let h;
before(async () => {
  // axe-core is injected as an inline script, which the page's CSP rightly forbids.
  h = await openHarness({ browser: { bypassCSP: true }, clipboard: true });
});
after(async () => {
  await h?.close();
});

async function open(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
  await startFromExample(page);
  await page.locator('[data-testid="target-revenue"]').waitFor();
  // Sections off screen skip rendering (content-visibility: auto) until scrolled to, and axe's
  // contrast check reads rendered colours: render them all for the check.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.bp-section { content-visibility: visible !important; }');
    const root = document.querySelector('boussole-planner').shadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [1280, 360]) {
    test(`planner has no axe violations (${colorScheme}, ${width} px)`, async () => {
      const { page, server } = h;
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await open(page, server.url('/'));
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  }
}

test('planner with field errors and in English has no axe violations', async () => {
  const { page, server } = h;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, server.url('/'));
  await page.locator('[name="locale"]').selectOption('en');
  await page.locator('[name="grossMarginRate"]').fill('abc');
  await page.locator('[name="channels[0].conversionRate"]').fill('200');
  const violations = await runAxe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
});

test('[6] the choice a link offers, and the way back to a replaced plan, have no axe violations', async () => {
  const { page, server } = h;
  let previous = '';
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 900 });
    await open(page, server.url('/'));
    await page.locator('[name="averageOrderValue"]').fill(colorScheme === 'light' ? '87' : '86');
    await page.locator('[data-action="copy-link"]').click();
    const link = await copiedLink(page, previous);
    previous = link;
    await page.locator('[name="averageOrderValue"]').fill('91');
    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('.bp-banner').waitFor();
    let violations = await runAxe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.locator('[data-action="open-shared"]').click();
    await page.locator('[data-action="restore-previous"]').waitFor();
    violations = await runAxe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  }
});

test('[9] forced colours keep the legend swatches, and a phone keeps chart text readable', async () => {
  const { page, server } = h;
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, server.url('/'));
  const swatch = page.locator('.bp-legend .bp-swatch').first();
  await swatch.scrollIntoViewIfNeeded();
  const border = await swatch.evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(border, 'solid');
  await page.emulateMedia({ forcedColors: 'none' });
  await page.setViewportSize({ width: 360, height: 800 });
  const axis = page.locator('[data-testid="quarter-chart"] .bp-axis').first();
  await axis.scrollIntoViewIfNeeded();
  const box = await axis.boundingBox();
  assert.ok(box.height >= 9, `axis text ${box.height} px high`);
});
