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

// [13] The states the other tests do not reach: every setting unfolded with its custom values,
// a pasted history (its section and note), stale results, a refused clipboard said beside the
// buttons, a phone, and the error state a panic leaves.
test('[13] every other state of the planner has no axe violations', async () => {
  const { page, server } = h;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, server.url('/'));
  const clean = async (state) => {
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], `${state}: ${JSON.stringify(violations, null, 2)}`);
  };
  await page.locator('.bp-advanced summary').click();
  await page.locator('[name="seasonalityPreset"]').selectOption('custom');
  await page.locator('[name="seasonality[0]"]').waitFor();
  await page.locator('[name="milestones.mode"]').selectOption('ramp');
  // Custom starts from the level it replaces.
  await page.locator('[name="uncertaintyPreset"]').selectOption('usual');
  await page.locator('[name="uncertaintyPreset"]').selectOption('custom');
  await page.locator('[name="uncertainty.traffic"]').waitFor();
  const months = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')};${90000 + 1000 * i}`);
  await page.locator('[name="history.months"]').fill(months.join('\n'));
  await page.locator('[data-testid="probability-of-goal"]').waitFor();
  await clean('settings unfolded, history pasted');
  // Stale: a field made invalid keeps the last valid plan's results, marked.
  await page.locator('[name="averageOrderValue"]').fill('abc');
  await page.locator('.bp-stale:not([hidden])').waitFor();
  await clean('stale results');
  await page.locator('[name="averageOrderValue"]').fill('80');
  await page.locator('.bp-stale').waitFor({ state: 'hidden' });
  // A clipboard that refuses: the failure is said beside the buttons.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.locator('[data-action="copy-plan-text"]').click();
  await page.locator('.bp-toast', { hasText: /refusé la copie/ }).waitFor({ state: 'attached' });
  await clean('clipboard refused');
  await page.setViewportSize({ width: 390, height: 844 });
  await clean('phone');
  await page.evaluate(() => globalThis.__boussolePanic('panicked at src/session.rs:1:1:\nan axe check'));
  await page.locator('boussole-planner[data-error="panic"]').waitFor();
  await clean('after a panic');
});
