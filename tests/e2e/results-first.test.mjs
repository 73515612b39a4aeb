// What a visitor meets first ([13]): no export button before there is a plan to export, the
// exports in one « Partager / exporter » menu after the results, a skip link as the keyboard's
// first stop, and a reset that says what it did without alarm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, runAxe } from './helpers.mjs';
import { openPlanner, waitReady } from './planner-helpers.mjs';

let h;
before(async () => {
  // bypassCSP: axe is injected into the page, which the page's CSP would refuse.
  h = await openHarness({ browser: { bypassCSP: true }, clipboard: true });
});
after(async () => {
  await h?.close();
});

const EXPORTS = ['copy-link', 'export-json', 'export-csv', 'export-objectives-csv', 'copy-plan-markdown', 'copy-plan-text', 'export-ics', 'print'];

test('the exports wait after the results, disabled until there is a plan', async () => {
  const { page, server } = h;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(server.url('/'));
  await waitReady(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto(server.url('/'));
  await waitReady(page);
  await page.locator('.bp-welcome [data-action="start-blank"]').click();
  await page.locator('.bp-form').waitFor();
  // A blank form: every export is in the menu after the results, disabled, and none is on
  // the first screen.
  for (const action of EXPORTS) {
    const buttons = page.locator(`[data-action="${action}"]`);
    assert.equal(await buttons.count(), 1, `${action}: one button`);
    assert.equal(await buttons.evaluate((b) => !!b.closest('.bp-share')), true, `${action}: not in the menu`);
    assert.equal(await buttons.isDisabled(), true, `${action}: enabled without a plan`);
    const top = await buttons.evaluate((b) => b.getBoundingClientRect().top + scrollY);
    assert.ok(top > 844, `${action}: on the first screen (${top} px)`);
  }
  assert.match(await page.locator('.bp-share').textContent(), /Partager \/ exporter.*Disponible dès que le plan est calculé/);
  // The menu comes after the results in the page's order.
  const after = await page.evaluate(() => {
    const root = document.querySelector('boussole-planner').shadowRoot;
    const results = root.querySelector('.bp-results');
    return !!(results.compareDocumentPosition(root.querySelector('.bp-share')) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(after);
  // The blank form with its waiting menu has no accessibility violation.
  const violations = await runAxe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  // With a plan, the same buttons work.
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlanner(h);
  for (const action of EXPORTS) {
    assert.equal(await page.locator(`[data-action="${action}"]`).isDisabled(), false, `${action}: still disabled`);
  }
  await page.locator('.bp-share [data-action="copy-link"]').click();
  await page.locator('.bp-toast').filter({ hasText: /Lien copié/ }).waitFor();
  assert.deepEqual(h.consoleErrors, []);
});

test('the first Tab stop skips to the results', async () => {
  const page = await openPlanner(h);
  // A returning visitor (the plan saved), arriving with the keyboard: nothing focused yet.
  await page.reload();
  await waitReady(page);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.querySelector('boussole-planner').shadowRoot.activeElement;
    const box = el?.getBoundingClientRect();
    return { action: el?.dataset.action, text: el?.textContent, visible: !!box && box.width > 10 && box.height > 10 };
  });
  assert.deepEqual(first, { action: 'skip-to-results', text: 'Aller aux résultats', visible: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot.activeElement?.classList.contains('bp-results'));
});

test('a reset says what it did, calmly, and the previous plan is a click away', async () => {
  const page = await openPlanner(h);
  await page.locator('[name="averageOrderValue"]').fill('91');
  await page.locator('[data-action="reset"]').click();
  const notice = page.locator('.bp-general-error');
  await notice.filter({ hasText: /Plan d’exemple rétabli/ }).waitFor();
  const tone = await notice.evaluate((n) => ({
    tone: n.dataset.tone,
    color: getComputedStyle(n).color,
    error: getComputedStyle(n).getPropertyValue('--bp-error').trim(),
  }));
  assert.equal(tone.tone, 'info');
  const red = await page.evaluate((error) => {
    const probe = document.createElement('span');
    probe.style.color = error;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, tone.error || 'rgb(164, 14, 38)');
  assert.notEqual(tone.color, red, 'the notice is in the error colour');
  assert.equal(await page.locator('[data-action="restore-previous"]').isVisible(), true);
  assert.equal(await page.locator('[name="averageOrderValue"]').inputValue(), '80');
  // The next edit clears the notice and its tone.
  await page.locator('[name="averageOrderValue"]').fill('82');
  await page.waitForFunction(() => !document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-general-error').dataset.tone);
});

test('on a phone, the paid channels\' verdicts are within two screens of the top of the results', async () => {
  const { page } = h;
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlanner(h);
  const spans = await page.evaluate(async () => {
    const root = document.querySelector('boussole-planner').shadowRoot;
    // Sections off screen are drawn at an estimated height (content-visibility): bring each
    // one into view once, as a visitor scrolling would, before measuring.
    for (const section of [...root.querySelectorAll('.bp-results .bp-section')].slice(0, 5)) {
      section.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    const top = root.querySelector('.bp-results').getBoundingClientRect().top;
    // The paid channels: those with a response curve.
    const paid = [...root.querySelectorAll('[data-testid^="curve-"]')].map((c) => c.dataset.testid.slice('curve-'.length));
    const cards = [...root.querySelectorAll('[data-testid="channel-targets"] > .bp-card[data-id]')];
    return cards.map((card) => ({
      id: card.dataset.id,
      paid: paid.includes(card.dataset.id),
      bottom: Math.round(card.querySelector('.bp-card-title .bp-badge').getBoundingClientRect().bottom - top),
    }));
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(spans.length, 4, 'a verdict per channel');
  assert.ok(spans.some((s) => s.paid), 'no paid channel in the example');
  assert.ok(spans[0].bottom <= 1.5 * 844, `the first verdict ${spans[0].bottom} px down`);
  for (const s of spans.filter((s) => s.paid)) {
    assert.ok(s.bottom <= 2 * 844, `${s.id}'s verdict ${s.bottom} px below the top of the results`);
  }
});
