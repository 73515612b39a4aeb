// Results drawn by identity ([13]): the element's templates keep their DOM and, on each
// keystroke, touch only the text and attributes whose value changed; after many edits the
// results are exactly what drawing them afresh gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './helpers.mjs';
import { openPlanner, control, drawn } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness();
});
after(async () => {
  await h?.close();
});

// Without lit-html's comment markers, which say where its parts start, not what is shown.
const resultsHtml = async (page) => {
  await drawn(page);
  return page.evaluate(() =>
    document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-results').innerHTML.replace(/<!--[^]*?-->/g, ''));
};

test('a keystroke changes only the nodes whose text or attribute changed', async () => {
  const page = await openPlanner(h);
  // A first edit shows what editing shows (the way back to the field); the next is watched.
  await control(page, 'averageOrderValue').fill('79');
  await page.locator('[data-testid="target-revenue"]:not([data-value="1597440"])').waitFor();
  await page.evaluate(() => {
    // The whole planner: the results, and around them the bar, the notices and the form.
    const root = document.querySelector('boussole-planner').shadowRoot;
    const results = root.querySelector('.bp-results');
    window.__records = [];
    new MutationObserver((records) => window.__records.push(...records.map((r) => ({
      inResults: results.contains(r.target),
      where: r.target.nodeType === 1 ? r.target.className || r.target.tagName : r.target.parentElement?.className,
      type: r.type,
      name: r.attributeName,
      old: r.oldValue,
      now: r.type === 'characterData' ? r.target.nodeValue : r.type === 'attributes' ? r.target.getAttribute(r.attributeName) : null,
      added: r.addedNodes.length,
      removed: r.removedNodes.length,
    })))).observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true });
  });
  // 80 → 81 €: every money figure that depends on the order value changes, no part appears
  // or goes.
  await control(page, 'averageOrderValue').fill('81');
  await page.locator('[data-testid="target-revenue"][data-value="1617408"]').waitFor();
  const records = await page.evaluate(() => window.__records);
  const texts = records.filter((r) => r.type === 'characterData');
  const attributes = records.filter((r) => r.type === 'attributes');
  assert.ok(texts.length > 20, `${texts.length} texts changed: the results did not follow the edit`);
  assert.deepEqual(records.filter((r) => r.type === 'childList' && r.inResults), [], 'nodes were added or removed');
  // Around the results, a text set to what it was still replaces its node: none is.
  assert.deepEqual(records.filter((r) => r.type === 'childList' && !r.inResults && !/bp-live/.test(r.where)), [], 'a text around the results was written again');
  assert.deepEqual(texts.filter((r) => r.old === r.now), [], 'a text was written with the value it had');
  assert.deepEqual(attributes.filter((r) => r.old === r.now), [], 'an attribute was written with the value it had');
  // The channels' cards keep their elements: the same node before and after an edit.
  const same = await page.evaluate(async () => {
    const root = document.querySelector('boussole-planner').shadowRoot;
    const card = root.querySelector('[data-testid="channel-targets"] > .bp-card[data-id]');
    root.querySelector('[name="grossMarginRate"]').value = '46';
    root.querySelector('[name="grossMarginRate"]').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // Typing is answered in a task the key posts: one posted now runs after it.
    await new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
    return card === root.querySelector(`[data-testid="channel-targets"] > .bp-card[data-id="${card.dataset.id}"]`);
  });
  assert.ok(same, 'a channel card was drawn anew');
  assert.deepEqual(h.consoleErrors, []);
});

test('results updated edit after edit equal the results drawn afresh', async () => {
  const page = await openPlanner(h);
  const edits = [
    ['averageOrderValue', '81'], ['averageOrderValue', '92,5'], ['grossMarginRate', '38'],
    ['channels[1].conversionRate', '5'], ['channels[0].sessionsPerMonth', '31 000'],
    ['goal.growthRate', '45'], ['channels[1].cost.costPerClick', '1,2'], ['goal.growthRate', '12'],
  ];
  for (const [name, value] of edits) {
    await control(page, name).fill(value);
  }
  const updated = await resultsHtml(page);
  // Drawn afresh: away to the review (other sections) and back.
  await page.locator('[data-action="view-review"]').click();
  await page.locator('[data-action="view-plan"]').click();
  await page.locator('[data-testid="target-revenue"]').waitFor();
  const whole = await resultsHtml(page);
  assert.equal(updated.length, whole.length);
  assert.ok(updated === whole, 'the updated results differ from the results drawn afresh');
  assert.deepEqual(h.consoleErrors, []);
});

test('keys typed faster than the planner answers are answered once, after what was typed before them', async () => {
  const page = await openPlanner(h);
  const seen = await page.evaluate(async () => {
    const el = document.querySelector('boussole-planner');
    const root = el.shadowRoot;
    const handle = el.planner.handle.bind(el.planner);
    const calls = [];
    el.planner.handle = (event) => { calls.push(`${event.kind} ${event.name ?? event.action}`); return handle(event); };
    const type = (name, value) => {
      const input = root.querySelector(`[name="${name}"]`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    // Five keys in one task: nothing is computed while they come, once after.
    for (const value of ['8', '83', '83,', '83,5', '83,55']) type('averageOrderValue', value);
    const whileTyping = calls.length;
    await new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });
    const afterFrame = [...calls];
    const shown = root.querySelector('[data-testid="target-revenue"]').dataset.value;
    // Typed, then the plan read at once: what was typed is in it.
    type('grossMarginRate', '41');
    const plan = el.plan;
    // Typed, then at once a button: the text is answered first, then the click.
    type('grossMarginRate', '42');
    const before = root.querySelectorAll('[name$=".label"]').length;
    root.querySelector('[data-action="add-channel"]').click();
    const labels = root.querySelectorAll('[name$=".label"]').length - before;
    // Typed, then the page left at once: what was typed is saved.
    type('ordersPerCustomer', '2,7');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const saved = JSON.parse(localStorage.getItem('boussole:v1:plan')).form.ordersPerCustomer;
    delete el.planner.handle;
    return { whileTyping, afterFrame, shown, calls, aov: plan.averageOrderValue, margin: plan.grossMarginRate, labels, saved };
  });
  assert.equal(seen.whileTyping, 0, 'a key was answered at once');
  assert.deepEqual(seen.afterFrame, ['input averageOrderValue'], 'more than the last text was answered');
  assert.notEqual(seen.shown, '1597440', 'the answer was not drawn');
  assert.deepEqual(seen.calls.slice(1), ['input grossMarginRate', 'input grossMarginRate', 'click add-channel', 'input ordersPerCustomer']);
  assert.equal(seen.saved, '2,7', 'what was typed before leaving was not saved');
  assert.equal(seen.aov, 83.55);
  assert.equal(seen.margin, 0.41);
  assert.equal(seen.labels, 1, 'the click added no channel');
  assert.deepEqual(h.consoleErrors, []);
});
