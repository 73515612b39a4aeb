// The element's life on a page: its attributes changed while it lives (lang, currency, storage,
// plan), removed and added again (it works again and leaves no listener behind), and moved
// within the page (it keeps what was typed).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, recordConsoleErrors } from './helpers.mjs';

// A host page with the script and no planner yet: the tests add and remove them.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Life</title>
  <link rel="icon" href="data:,">
  <script type="module" src="./boussole.js"></script></head>
  <body><main id="main"></main><aside id="aside"></aside></body></html>`;

let server;
let browser;
let page;
let consoleErrors;

before(async () => {
  server = await startServer(undefined, { pages: { '/life.html': PAGE } });
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
  consoleErrors = recordConsoleErrors(page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await page.goto(server.url('/life.html'));
  await page.evaluate(() => localStorage.clear());
  await page.waitForFunction(() => customElements.get('boussole-planner') !== undefined);
  consoleErrors.length = 0;
});

/** Adds `<boussole-planner id="p" …attrs>` to #main and waits until it has started. */
async function addPlanner(attrs = {}) {
  await page.evaluate((attrs) => {
    const el = document.createElement('boussole-planner');
    el.id = 'p';
    // The example at once, as a host page may choose (else the visitor picks on a first visit).
    for (const [k, v] of Object.entries({ start: 'example', ...attrs })) el.setAttribute(k, v);
    document.getElementById('main').append(el);
  }, attrs);
  await waitReady();
}

const waitReady = () => page.waitForSelector('#p[data-ready="true"]', { timeout: 30_000, state: 'attached' });

/** Runs `body` (a function body) with `root` = the planner's shadow root and `el` = the element. */
const inRoot = (body, arg) =>
  page.evaluate(([body, arg]) => {
    const el = document.getElementById('p');
    return new Function('root', 'el', 'arg', body)(el.shadowRoot, el, arg);
  }, [body, arg]);

const target = () => inRoot(`
  const t = root.querySelector('[data-testid="target-revenue"]');
  return t && { value: Number(t.dataset.value), text: t.textContent };`);

/** Waits until the target revenue shown is no longer `value`; returns the new one. */
async function targetChangedFrom(value) {
  await page.waitForFunction((v) => {
    const t = document.getElementById('p')?.shadowRoot?.querySelector('[data-testid="target-revenue"]');
    return t && Number(t.dataset.value) !== v;
  }, value);
  return target();
}

const state = () => inRoot(`
  return {
    lang: root.querySelector('.bp-app').getAttribute('lang'),
    tabs: [...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent.trim()),
    heading: root.querySelector('#bp-headline-title')?.textContent,
    opc: root.querySelector('[name="ordersPerCustomer"]').value,
    currency: root.querySelector('[name="currency"]').value,
  };`);

/** The number of `pagehide` listeners on window, as DevTools sees them. */
async function pagehideListeners(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.filter((l) => l.type === 'pagehide').length;
}

/** The listeners of each kind on the planner's shadow root. */
async function rootListeners(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: "document.getElementById('p').shadowRoot" });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const count = {};
  for (const l of listeners) count[l.type] = (count[l.type] ?? 0) + 1;
  return count;
}

test('lang, currency, storage and plan changed on a live element', async () => {
  await addPlanner({ lang: 'fr', currency: 'EUR' });
  const fr = await state();
  assert.deepEqual(fr, {
    lang: 'fr', tabs: ['Plan', 'Revue trimestrielle'], heading: "Objectif de chiffre d’affaires",
    opc: '1,8', currency: 'EUR',
  });
  const frTarget = await target();
  assert.match(frTarget.text, /€$/);

  // English, then back to French.
  await page.evaluate(() => document.getElementById('p').setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.getElementById('p').shadowRoot.querySelector('.bp-app').lang === 'en');
  assert.deepEqual(await state(), {
    lang: 'en', tabs: ['Plan', 'Quarterly review'], heading: 'Revenue goal', opc: '1.8', currency: 'EUR',
  });
  const enTarget = await target();
  assert.equal(enTarget.value, frTarget.value, 'the same plan');
  assert.match(enTarget.text, /^€1,\d{3},\d{3}$/);
  await page.evaluate(() => document.getElementById('p').setAttribute('lang', 'fr'));
  await page.waitForFunction(() => document.getElementById('p').shadowRoot.querySelector('.bp-app').lang === 'fr');
  assert.deepEqual(await state(), fr);
  assert.deepEqual(await target(), frTarget);

  // Currency: the select and the money follow.
  await page.evaluate(() => document.getElementById('p').setAttribute('currency', 'USD'));
  await page.waitForFunction(() =>
    document.getElementById('p').shadowRoot.querySelector('[name="currency"]').value === 'USD');
  const usd = await target();
  assert.equal(usd.value, frTarget.value);
  assert.match(usd.text, /\$|US/);
  assert.doesNotMatch(usd.text, /€/);
  assert.equal((await page.evaluate(() => document.getElementById('p').plan)).currency, 'USD');

  // What is saved catches up (key from the id), then storage="none" stops any further write.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('boussole:v1:p') ?? 'null')?.form?.currency === 'USD');
  const saved = await page.evaluate(() => ({ ...localStorage }));
  await page.evaluate(() => {
    window.__changes = [];
    // A listener may read the element's plan and review while the planner tells it.
    document.addEventListener('boussole-change', (e) => window.__changes.push({
      ...e.detail, read: e.target.plan?.averageOrderValue, review: e.target.review,
    }));
    document.getElementById('p').setAttribute('storage', 'none');
  });
  await page.locator('#p [name="averageOrderValue"]').fill('93');
  const after = await targetChangedFrom(usd.value);
  assert.ok(after.value > 0);
  // The host page is still told (once typing pauses): the planner settled, without saving.
  await page.waitForFunction(() => window.__changes.some((d) => d.plan.averageOrderValue === 93));
  assert.ok((await page.evaluate(() => window.__changes)).every((d) => d.read === d.plan.averageOrderValue && d.review === null));
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), saved);

  // A new plan attribute: the results follow it.
  const plan = {
    locale: 'fr', currency: 'EUR', start: { year: 2028, quarter: 1 }, averageOrderValue: 50, grossMarginRate: 0.5,
    goal: { targetRevenue: 1200000 },
    channels: [{ id: 'seo', label: 'Organique', kind: 'seo', sessionsPerMonth: 10000, conversionRate: 0.02 }],
  };
  await page.evaluate((text) => document.getElementById('p').setAttribute('plan', text), JSON.stringify(plan));
  const loaded = await targetChangedFrom(after.value);
  assert.equal(loaded.value, 1200000);
  assert.match(loaded.text, /€/);
  assert.equal(await page.locator('#p [name="averageOrderValue"]').inputValue(), '50');
  assert.equal(await page.locator('#p [name="channels[0].label"]').inputValue(), 'Organique');
  // An invalid plan attribute leaves it as it was.
  await page.evaluate(() => document.getElementById('p').setAttribute('plan', '{"averageOrderValue": -1}'));
  await page.waitForTimeout(200);
  assert.equal((await target()).value, 1200000);
  assert.deepEqual(consoleErrors, []);
});

test('removed and added again: it works again and leaves no listener behind', async () => {
  const errors = [];
  const onError = (err) => errors.push(err.message);
  page.on('pageerror', onError);
  const cdp = await page.context().newCDPSession(page);
  try {
    const before = await pagehideListeners(cdp);
    await addPlanner();
    assert.equal(await pagehideListeners(cdp), before + 1, 'one pagehide listener while it lives');
    const living = await rootListeners(cdp);
    for (const kind of ['input', 'change', 'click', 'keydown']) assert.equal(living[kind], 1, kind);
    const first = await target();
    assert.ok(first.value > 0);

    // Removed: the planner is freed and its listeners go with it.
    await page.evaluate(() => {
      const el = document.getElementById('p');
      window.__el = el;
      window.__oldRoot = el.shadowRoot;
      el.remove();
    });
    await page.waitForFunction(() => window.__el.dataset.ready === undefined);
    assert.equal(await pagehideListeners(cdp), before, 'the pagehide listener is removed');
    assert.equal(await page.evaluate(() => window.__el.plan), null);

    // Events dispatched into the old shadow root do nothing, and throw nothing.
    const untouched = await page.evaluate(() => {
      const root = window.__oldRoot;
      const input = root.querySelector('[name="averageOrderValue"]');
      const shown = root.querySelector('[data-testid="target-revenue"]').dataset.value;
      input.value = '12';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      const select = root.querySelector('[name="goal.kind"]');
      select.value = 'targetRevenue';
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      root.querySelector('[data-action="add-channel"]').click();
      root.querySelector('[role="tab"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      return {
        shown,
        now: root.querySelector('[data-testid="target-revenue"]').dataset.value,
        rows: root.querySelectorAll('[name$=".label"]').length,
        goal: root.querySelector('[data-part="goal"] [name="goal.growthRate"]') !== null,
      };
    });
    await page.waitForTimeout(400); // past the settle and announce delays
    assert.equal(untouched.now, untouched.shown);
    assert.equal(untouched.rows, 4, 'no channel added');
    assert.equal(untouched.goal, true, 'the goal part was not rewritten');
    assert.deepEqual(errors, []);

    // Added again: it starts again, computes, and an edit updates the results.
    await page.evaluate(() => document.getElementById('main').append(window.__el));
    await waitReady();
    assert.equal(await pagehideListeners(cdp), before + 1);
    assert.deepEqual(await rootListeners(cdp), living, 'no listener left over on the shadow root');
    const again = await target();
    assert.ok(again.value > 0);
    await page.locator('#p [name="averageOrderValue"]').fill('95');
    const edited = await targetChangedFrom(again.value);
    assert.ok(edited.value > again.value);
    assert.equal((await page.evaluate(() => document.getElementById('p').plan)).averageOrderValue, 95);

    // Removed for good: back to where the page started.
    await page.evaluate(() => document.getElementById('p').remove());
    await page.waitForFunction(() => window.__el.dataset.ready === undefined);
    assert.equal(await pagehideListeners(cdp), before);
    assert.deepEqual(errors, []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    page.off('pageerror', onError);
    await cdp.detach();
  }
});

test('moved within the page, it keeps what was typed', async () => {
  const cdp = await page.context().newCDPSession(page);
  try {
    const before = await pagehideListeners(cdp);
    await addPlanner();
    const start = await target();
    await page.locator('#p [name="averageOrderValue"]').fill('77');
    await page.locator('#p [name="channels[0].label"]').fill('Référencement');
    const typed = await targetChangedFrom(start.value);

    // Removed and appended elsewhere in the same task: a move, not a departure.
    await page.evaluate(() => {
      const el = document.getElementById('p');
      el.remove();
      document.getElementById('aside').append(el);
    });
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => document.getElementById('p').parentElement.id), 'aside');
    assert.equal(await page.evaluate(() => document.getElementById('p').dataset.ready), 'true');
    assert.equal(await page.locator('#p [name="averageOrderValue"]').inputValue(), '77');
    assert.equal(await page.locator('#p [name="channels[0].label"]').inputValue(), 'Référencement');
    assert.deepEqual(await target(), typed);
    assert.equal((await page.evaluate(() => document.getElementById('p').plan)).averageOrderValue, 77);
    assert.equal(await pagehideListeners(cdp), before + 1, 'still one pagehide listener');
    const roots = await rootListeners(cdp);
    for (const kind of ['input', 'change', 'click', 'keydown']) assert.equal(roots[kind], 1, kind);

    // It still answers.
    await page.locator('#p [name="averageOrderValue"]').fill('78');
    const moved = await targetChangedFrom(typed.value);
    assert.ok(moved.value > typed.value);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await cdp.detach();
  }
});

// The element's `plan` getter is documented as null while the form has errors; the session
// gives the last valid plan instead (tests/session.rs: current_plan_is_none_while_the_form_has_errors).
test('the plan getter is null while the form has errors', async () => {
  await addPlanner();
  await page.locator('#p [name="channels[1].conversionRate"]').fill('abc');
  await page.waitForFunction(() => document.getElementById('p').shadowRoot.querySelector('.bp-results').hasAttribute('data-stale'));
  assert.equal(await page.evaluate(() => document.getElementById('p').review), null);
  assert.equal(await page.evaluate(() => document.getElementById('p').plan), null);
});
