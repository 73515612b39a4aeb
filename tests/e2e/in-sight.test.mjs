// What the keyboard reaches stays in sight: tabbing through every stop of the planner (the
// example plan, advanced settings open) leaves each focused control whole on screen, clear of
// the summary bar that sticks to the bottom; a field's error shows right under its control,
// above a long hint; and the paid split's column titles are read whole at 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './helpers.mjs';
import { openPlanner, openAdvanced, control, errorText } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness({ browser: { bypassCSP: true } });
});
after(async () => {
  await h?.close();
});

/**
 * The focused element of the planner, and how much of it is hidden: by the window's edges, by
 * the summary bar (unless it is in the bar) and by any box that clips it (the form's own
 * scrolling column). `null` once focus has left the planner.
 */
const focused = (page) => page.evaluate(() => {
  const root = document.querySelector('boussole-planner').shadowRoot;
  const el = document.activeElement === root.host ? root.activeElement : null;
  if (!el) return null;
  const r = el.getBoundingClientRect();
  let [top, bottom, left, right] = [0, innerHeight, 0, innerWidth];
  const bar = root.querySelector('.bp-glance');
  if (!bar.hidden && !bar.contains(el)) bottom = Math.min(bottom, bar.getBoundingClientRect().top);
  for (let box = el.parentElement ?? el.getRootNode().host; box; box = box.parentElement ?? box.getRootNode().host) {
    if (getComputedStyle(box).overflow === 'visible') continue;
    const b = box.getBoundingClientRect();
    [top, bottom, left, right] = [Math.max(top, b.top), Math.min(bottom, b.bottom), Math.max(left, b.left), Math.min(right, b.right)];
  }
  // Half a pixel for subpixel layout. A box taller than the room left must start in sight.
  const tall = r.height > bottom - top;
  const whole = r.top >= top - 0.5 && r.left >= left - 0.5 && r.right <= right + 0.5 && (tall || r.bottom <= bottom + 0.5);
  const seen = Math.max(0, Math.min(r.bottom, bottom) - Math.max(r.top, top)) / (r.height || 1);
  return {
    name: el.getAttribute('name') || el.getAttribute('data-action') || `${el.tagName.toLowerCase()}.${el.className}`,
    inForm: !!el.closest('.bp-form-slot'),
    whole,
    seen: `${Math.round(seen * 100)} %`,
  };
});

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`at ${width}×${height} every tab stop is whole on screen, clear of the summary bar`, async () => {
    await h.page.setViewportSize({ width, height });
    const page = await openPlanner(h);
    await openAdvanced(page);
    // From the top: the keyboard starts on the first tab.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector('boussole-planner').shadowRoot.querySelector('[role="tab"][aria-selected="true"]').focus();
    });
    const hidden = [];
    let stops = 0;
    let formStops = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (!stop) break;
      stops += 1;
      if (stop.inForm) formStops += 1;
      if (!stop.whole) hidden.push(`${stop.name} (${stop.seen} seen)`);
    }
    assert.ok(formStops >= 70, `only ${formStops} stops in the form (advanced settings closed?)`);
    assert.ok(stops > formStops, 'the results were not reached');
    assert.deepEqual(hidden, [], `${hidden.length} of ${stops} stops hidden`);
    assert.deepEqual(h.consoleErrors, []);
  });
}

test('at 390×844 a field\'s error shows under its control, above its long hint, clear of the bar', async () => {
  await h.page.setViewportSize({ width: 390, height: 844 });
  const page = await openPlanner(h);
  // The field's top just under the summary bar, the keyboard on the control before it.
  const name = 'grossMarginRate';
  await page.evaluate((n) => {
    const root = document.querySelector('boussole-planner').shadowRoot;
    const field = root.querySelector(`[name="${n}"]`);
    const controls = [...root.querySelectorAll('input[name], select[name]')];
    controls[controls.indexOf(field) - 1].focus({ preventScroll: true });
    const bar = root.querySelector('.bp-glance').getBoundingClientRect();
    window.scrollBy(0, field.getBoundingClientRect().top - bar.top - 5);
  }, name);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('boussole-planner').shadowRoot.activeElement?.name), name);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('abc');
  assert.notEqual(await errorText(page, name), '');
  const where = await control(page, name).evaluate((input) => {
    const field = input.closest('.bp-field');
    const rect = (el) => el.getBoundingClientRect();
    const bar = rect(field.getRootNode().querySelector('.bp-glance'));
    return {
      input: rect(input), error: rect(field.querySelector('.bp-field-error')),
      hint: rect(field.querySelector('.bp-hint')), hintHeight: rect(field.querySelector('.bp-hint')).height, bar: bar.top,
    };
  });
  assert.ok(where.hintHeight > 40, `the hint (${where.hintHeight} px) is not long`);
  assert.ok(where.error.top >= where.input.bottom, 'the error is above its control');
  assert.ok(where.error.bottom <= where.hint.top, 'the error is below the hint');
  assert.ok(where.error.top >= 0 && where.error.bottom <= where.bar, `the error (${where.error.top}–${where.error.bottom}) is under the bar (${where.bar})`);
  assert.deepEqual(h.consoleErrors, []);
});

test('at 1280×800 the paid split\'s column titles are read whole, none cut by the table\'s box', async () => {
  await h.page.setViewportSize({ width: 1280, height: 800 });
  const page = await openPlanner(h);
  for (const locale of ['fr', 'en']) {
    if (locale === 'en') {
      await control(page, 'locale').selectOption('en');
      await page.locator('[data-testid="paid-allocation"] caption').filter({ hasText: /paid/i }).waitFor();
    }
    const table = page.locator('[data-testid="paid-allocation"]');
    await table.scrollIntoViewIfNeeded();
    const cut = await table.evaluate((t) => {
      const box = t.closest('.bp-scroll').getBoundingClientRect();
      return [...t.querySelectorAll('th')].filter((th) => {
        const r = th.getBoundingClientRect();
        return th.scrollWidth > th.clientWidth || r.left < box.left - 0.5 || r.right > box.right + 0.5;
      }).map((th) => th.textContent);
    });
    assert.ok(await table.locator('thead th').count() >= 5);
    assert.deepEqual(cut, [], `${locale}: titles cut`);
  }
  assert.deepEqual(h.consoleErrors, []);
});
