// The door between the host page and the planner: a host may change the element's attributes
// and read its plan from inside its `boussole-change` listener (the element dispatches once
// Rust has returned, so the planner is free to be called again), and a panic of the engine puts
// every planner of the page in its error state, for good.
//
// A real panic cannot be caused from the page: no input makes the engine panic (the wasm
// property test in tests/wasm.rs feeds plan() and review() 600 kinds of wrong input). These
// tests call the hook the wasm's panic handler calls, `globalThis.__boussolePanic(message)`;
// tests/wasm.rs checks that a panic inside the wasm does call it.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, recordConsoleErrors } from './helpers.mjs';

/** A host page: `script` (a classic script, run before the element starts), then planners. */
const hostPage = (script, planners) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
  <title>Door</title><link rel="icon" href="data:,">
  <script>
    window.__changes = [];
    window.__errors = [];
    document.addEventListener('boussole-error', (e) => window.__errors.push({ id: e.target.id, ...e.detail }));
    ${script}
  </script>
  <script type="module" src="./boussole.js"></script></head>
  <body><main id="main">${planners}</main></body></html>`;

const PAGES = {
  // The first boussole-change (the start's) switches the French planner to English.
  '/lang.html': hostPage(`
    document.addEventListener('boussole-change', (e) => {
      window.__changes.push({ locale: e.detail.plan.locale, ready: e.target.dataset.ready ?? null });
      if (window.__changes.length === 1) e.target.setAttribute('lang', 'en');
    });`,
  '<boussole-planner id="p" lang="fr" currency="EUR" start="example" storage="none"></boussole-planner>'),
  // The first one reads the element's plan, then changes its currency.
  '/currency.html': hostPage(`
    document.addEventListener('boussole-change', (e) => {
      const plan = e.target.plan;
      window.__changes.push({ currency: e.detail.plan.currency, read: plan && plan.currency });
      if (window.__changes.length === 1) e.target.setAttribute('currency', 'USD');
    });`,
  '<boussole-planner id="p" lang="fr" currency="EUR" start="example" storage="none"></boussole-planner>'),
  // Every event: the plan it carries and the element's plan read in the listener.
  '/read.html': hostPage(`
    document.addEventListener('boussole-change', (e) => {
      window.__changes.push({ detail: e.detail.plan, read: e.target.plan });
    });`,
  '<boussole-planner id="p" lang="fr" currency="EUR" start="example" storage="none"></boussole-planner>'),
  // Two planners, for the panic that stops them all.
  '/two.html': hostPage(`
    document.addEventListener('boussole-change', (e) => window.__changes.push({ id: e.target.id }));`,
  `<boussole-planner id="fr" lang="fr" start="example" storage="none"></boussole-planner>
   <boussole-planner id="en" lang="en" start="example" storage="none"></boussole-planner>`),
};

let server;
let browser;
let page;
let consoleErrors;

before(async () => {
  server = await startServer(undefined, { pages: PAGES });
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
  consoleErrors = recordConsoleErrors(page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(() => {
  consoleErrors.length = 0;
});

/** Opens `path` and waits until every planner of the page has started. */
async function open(path) {
  await page.goto(server.url(path));
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('boussole-planner')];
    return all.length > 0 && all.every((el) => el.dataset.ready === 'true' || el.dataset.error);
  }, undefined, { timeout: 30_000 });
}

/** The planner `id` as the visitor sees it. */
const shown = (id = 'p') => page.evaluate((id) => {
  const el = document.getElementById(id);
  const root = el.shadowRoot;
  const target = root.querySelector('[data-testid="target-revenue"]');
  return {
    ready: el.dataset.ready ?? null,
    error: el.dataset.error ?? null,
    lang: root.querySelector('.bp-app')?.getAttribute('lang') ?? null,
    tabs: [...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent.trim()),
    heading: root.querySelector('#bp-headline-title')?.textContent ?? null,
    currency: root.querySelector('[name="currency"]')?.value ?? null,
    target: target && { value: Number(target.dataset.value), text: target.textContent },
  };
}, id);

test('a listener that switches the language during the start’s boussole-change: the planner speaks English', async () => {
  await open('/lang.html');
  // The lang change settles like any edit: once told, the plan is the English one.
  await page.waitForFunction(() => window.__changes.some((c) => c.locale === 'en'));
  const changes = await page.evaluate(() => window.__changes);
  assert.deepEqual(changes, [
    { locale: 'fr', ready: null }, // dispatched by the start itself, before the element is ready
    { locale: 'en', ready: 'true' },
  ]);
  const now = await shown();
  assert.equal(now.ready, 'true');
  assert.equal(now.error, null);
  assert.equal(now.lang, 'en');
  assert.deepEqual(now.tabs, ['Plan', 'Quarterly review']);
  assert.equal(now.heading, 'Revenue goal');
  assert.match(now.target.text, /^€\d{1,3}(,\d{3})+$/, 'money written the English way');
  assert.equal((await page.evaluate(() => document.getElementById('p').plan)).locale, 'en');
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  assert.deepEqual(consoleErrors, []);
});

test('a listener that reads the plan and sets the currency during the start’s boussole-change', async () => {
  await open('/currency.html');
  await page.waitForFunction(() => window.__changes.some((c) => c.currency === 'USD'));
  const changes = await page.evaluate(() => window.__changes);
  assert.deepEqual(changes, [
    { currency: 'EUR', read: 'EUR' }, // the plan was there to read before the change
    { currency: 'USD', read: 'USD' },
  ]);
  const now = await shown();
  assert.equal(now.error, null);
  assert.equal(now.currency, 'USD');
  assert.match(now.target.text, /\$/);
  assert.doesNotMatch(now.target.text, /€/);
  assert.equal((await page.evaluate(() => document.getElementById('p').plan)).currency, 'USD');
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  assert.deepEqual(consoleErrors, []);
});

test('element.plan read inside a boussole-change listener is the plan the event carries', async () => {
  await open('/read.html');
  await page.waitForFunction(() => window.__changes.length === 1);
  await page.locator('#p [name="averageOrderValue"]').fill('93');
  await page.waitForFunction(() => window.__changes.some((c) => c.detail.averageOrderValue === 93));
  const changes = await page.evaluate(() => window.__changes);
  assert.equal(changes.length, 2);
  for (const { detail, read } of changes) {
    assert.notEqual(read, null);
    assert.deepEqual(read, detail);
  }
  assert.equal(changes[0].read.averageOrderValue, changes[0].detail.averageOrderValue);
  assert.equal(changes[1].read.averageOrderValue, 93);
  assert.deepEqual(consoleErrors, []);
});

/** What a planner in its error state shows and says. */
const errorState = (id) => page.evaluate((id) => {
  const el = document.getElementById(id);
  const alerts = [...el.shadowRoot.querySelectorAll('[role="alert"]')];
  const box = alerts[0]?.getBoundingClientRect();
  return {
    ready: el.dataset.ready ?? null,
    error: el.dataset.error ?? null,
    alerts: alerts.map((a) => a.textContent),
    visible: !!box && box.width > 100 && box.height > 10 && getComputedStyle(alerts[0]).visibility === 'visible',
    form: el.shadowRoot.querySelector('input, select, textarea, button') !== null,
    plan: el.plan,
    review: el.review,
  };
}, id);

const FR_PANIC = 'Boussole s’est arrêtée sur une erreur interne. Rechargez la page : votre plan est enregistré dans ce navigateur.';
const EN_PANIC = 'Boussole stopped on an internal error. Reload the page: your plan is saved in this browser.';
const MESSAGE = 'panicked at src/session.rs:1:1:\na test of the panic hook';

test('a panic of the engine: every planner says so, tells the host page, and then ignores the page', async () => {
  await open('/two.html');
  await page.waitForFunction(() => window.__changes.length === 2);
  const pageErrors = [];
  const onError = (err) => pageErrors.push(err.message);
  page.on('pageerror', onError);
  try {
    // An edit waits for a pause in typing to settle; the panic comes first.
    await page.evaluate((message) => {
      const input = document.getElementById('fr').shadowRoot.querySelector('[name="averageOrderValue"]');
      input.value = '93';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      globalThis.__boussolePanic(message);
    }, MESSAGE);
    const fr = await errorState('fr');
    const en = await errorState('en');
    assert.deepEqual(fr, {
      ready: null, error: 'panic', alerts: [FR_PANIC], visible: true, form: false, plan: null, review: null,
    });
    assert.deepEqual(en, {
      ready: null, error: 'panic', alerts: [EN_PANIC], visible: true, form: false, plan: null, review: null,
    });
    assert.deepEqual(await page.evaluate(() => window.__errors), [
      { id: 'fr', reason: 'panic', message: FR_PANIC },
      { id: 'en', reason: 'panic', message: EN_PANIC },
    ]);
    // The console keeps the panic's message, once per planner.
    assert.equal(consoleErrors.filter((e) => e.includes('a test of the panic hook')).length, 2, consoleErrors.join('\n'));

    // Then the visitor and the host page go on: nothing throws, nothing calls the engine.
    await page.locator('#fr').click();
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('boussole-planner')) {
        el.setAttribute('lang', el.lang === 'fr' ? 'en' : 'fr');
        el.setAttribute('currency', 'USD');
        el.setAttribute('storage', 'local');
        el.setAttribute('compact', '');
        el.setAttribute('plan', '{"averageOrderValue": 50}');
        el.removeAttribute('lang');
        el.shadowRoot.querySelector('[role="alert"]').click();
      }
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      location.hash = '#plan=%7B%7D';
    });
    await page.waitForTimeout(400); // past the settle delay of the edit made before the panic
    assert.deepEqual(await errorState('fr'), fr);
    assert.deepEqual(await errorState('en'), en);
    assert.equal(await page.evaluate(() => location.hash), '#plan=%7B%7D', 'no planner took the link');
    assert.deepEqual(await page.evaluate(() => window.__changes.length), 2, 'the edit before the panic was never told');
    assert.equal((await page.evaluate(() => window.__errors)).length, 2, 'told once');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors.filter((e) => !e.includes('a test of the panic hook')), []);
  } finally {
    page.off('pageerror', onError);
  }
});

test('after a panic, a planner added, starting or added back does not call the engine again', async () => {
  await open('/two.html');
  const pageErrors = [];
  const onError = (err) => pageErrors.push(err.message);
  page.on('pageerror', onError);
  try {
    // One planner starting (waiting for the engine) at the moment of the panic; `fr` taken off
    // the page just before it.
    await page.evaluate((message) => {
      window.__fr = document.getElementById('fr');
      window.__fr.remove();
      const starting = document.createElement('boussole-planner');
      starting.id = 'starting';
      starting.setAttribute('start', 'example');
      starting.setAttribute('lang', 'en');
      document.getElementById('main').append(starting);
      globalThis.__boussolePanic(message);
    }, MESSAGE);
    // Then one added after it, and `fr` added back.
    await page.evaluate(() => {
      const late = document.createElement('boussole-planner');
      late.id = 'late';
      late.setAttribute('start', 'example');
      late.setAttribute('lang', 'fr');
      document.getElementById('main').append(late, window.__fr);
    });
    // Started, or stopped by the panic: each one is one or the other once its start is over.
    await page.waitForFunction(() => ['en', 'starting', 'late', 'fr'].every((id) => {
      const el = document.getElementById(id);
      return el.dataset.ready === 'true' || el.dataset.error;
    }));
    for (const [id, text] of [['en', EN_PANIC], ['starting', EN_PANIC], ['late', FR_PANIC]]) {
      const state = await errorState(id);
      assert.deepEqual(state, {
        ready: null, error: 'panic', alerts: [text], visible: true, form: false, plan: null, review: null,
      }, id);
    }
    // `fr` was stopped when removed (before the panic): added back, it stays stopped.
    const fr = await page.evaluate(() => ({
      ready: window.__fr.dataset.ready ?? null, plan: window.__fr.plan,
      error: window.__fr.dataset.error ?? null,
      alerts: [...window.__fr.shadowRoot.querySelectorAll('[role="alert"]')].map((a) => a.textContent),
    }));
    assert.deepEqual(fr, { ready: null, plan: null, error: 'panic', alerts: [FR_PANIC] });
    assert.deepEqual((await page.evaluate(() => window.__errors)).map((e) => e.id).sort(),
      ['en', 'fr', 'late', 'starting'], 'each told once');
    assert.deepEqual(pageErrors, []);
  } finally {
    page.off('pageerror', onError);
  }
});
