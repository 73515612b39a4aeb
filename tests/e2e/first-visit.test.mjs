// A newcomer's first visit ([9]): the choice between the example and an empty form, the
// candle shop planned from an empty form without meeting a value it did not type, the
// summary that links the fields, what is said, where the keyboard goes, the example's
// values marked until edited, the results a merchant scans, and axe in each state.
// `SCREENSHOTS=docs` also writes the README's screenshots (390 and 1280 px) into docs/.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openHarness, runAxe, SHOT_DIR } from './helpers.mjs';
import {
  waitReady, control, targetRevenue, currentPlan, errorText, cli, close, openAdvanced, drawn,
} from './planner-helpers.mjs';

let h;
before(async () => {
  // axe-core is injected as an inline script, which the page's CSP rightly forbids.
  h = await openHarness({ browser: { bypassCSP: true, viewport: { width: 1280, height: 900 } } });
});
after(async () => {
  await h?.close();
});
beforeEach(() => {
  h.consoleErrors.length = 0;
});


/** A first visit: nothing saved, the welcome shown. */
async function firstVisit(width = 1280) {
  const { page, server } = h;
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url('/'));
  await waitReady(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto(server.url('/'));
  await waitReady(page);
  await said(page, /^/);
  return page;
}

/** The screen with the results' top at its top (the README's screenshots). */
async function shootResults(page, name) {
  await page.evaluate(() => document.querySelector('boussole-planner').shadowRoot
    .querySelector('.bp-results-wrap').scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOT_DIR, name) });
}

const activeName = (page) => page.evaluate(() => {
  const el = document.querySelector('boussole-planner').shadowRoot.activeElement;
  return el?.getAttribute('name') ?? el?.dataset.action ?? el?.tagName ?? null;
});
const live = (page) => page.locator('.bp-live');
/** Waits until the live region has said something matching `re` (everything it says is
 * recorded, so a later announcement cannot hide an earlier one). */
async function said(page, re) {
  await page.evaluate(() => {
    if (window.__said) return;
    window.__said = [];
    const live = document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-live');
    window.__said.push(live.textContent);
    new MutationObserver(() => window.__said.push(live.textContent))
      .observe(live, { childList: true, characterData: true, subtree: true });
  });
  await page.waitForFunction((source) => window.__said.some((t) => new RegExp(source).test(t)), re.source);
}

/** Every value the form shows in its text controls, by name. */
const typedValues = (page) => page.evaluate(() => {
  const root = document.querySelector('boussole-planner').shadowRoot;
  return Object.fromEntries([...root.querySelectorAll('.bp-form input[type="text"], .bp-form textarea')]
    .map((el) => [el.name, el.value]));
});

test('a first visit offers the example or an empty form, and nothing else until chosen', async () => {
  const page = await firstVisit();
  const welcome = page.locator('.bp-welcome');
  await welcome.waitFor();
  assert.equal(await page.locator('.bp-form').isVisible(), false);
  assert.equal(await page.locator('[role="tab"]').first().isVisible(), false);
  assert.deepEqual(await runAxe(page), []);
  await page.screenshot({ path: join(SHOT_DIR, 'first-visit-1280.png') });
  // Nothing is saved before the choice: a reload shows it again.
  await page.reload();
  await waitReady(page);
  await welcome.waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOT_DIR, 'first-visit-390.png') });
  assert.deepEqual(h.consoleErrors, []);
});

test('the candle shop, from an empty form: only what was typed reaches the plan', async () => {
  const page = await firstVisit();
  await page.locator('.bp-welcome [data-action="start-blank"]').click();
  // The keyboard is on the first field; the form is empty, its placeholders from the example.
  assert.equal(await activeName(page), 'averageOrderValue');
  await said(page, /Formulaire vide/);
  const blank = await typedValues(page);
  assert.deepEqual(Object.values(blank).filter((v) => v !== ''), [], JSON.stringify(blank));
  assert.equal(await control(page, 'averageOrderValue').getAttribute('placeholder'), 'ex.\u00a080');
  // Nothing flagged in red before typing; the summary lists what to fill in, as links.
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
  const summary = page.locator('.bp-summary');
  await summary.getByText('Pour calculer votre plan, remplissez').waitFor();
  assert.equal(await page.locator('[data-testid="target-revenue"]').count(), 0, 'no results from a plan not typed');
  assert.deepEqual(await runAxe(page), []);
  // A link of the summary takes the keyboard to its field.
  await summary.locator('[data-target="goal.growthRate"]').click();
  assert.equal(await activeName(page), 'goal.growthRate');

  // The shop, as the README tells it.
  await control(page, 'averageOrderValue').fill('35');
  await control(page, 'grossMarginRate').fill('55');
  await control(page, 'channels[0].label').fill('SEO');
  await control(page, 'channels[0].kind').selectOption('seo');
  await control(page, 'channels[0].sessionsPerMonth').fill('7 000');
  await control(page, 'channels[0].conversionRate').fill('1,8');
  const rows = [
    { label: 'Google Ads', kind: 'sea', sessions: '3 000', rate: '3', cpc: '0,45' },
    { label: 'Instagram', kind: 'social', sessions: '2 000', rate: '0,8' },
  ];
  for (const [k, row] of rows.entries()) {
    const i = k + 1;
    await page.locator('[data-action="add-channel"]').click();
    // Said, and the keyboard is on the new row's name.
    await said(page, new RegExp(`Canal ${i + 1} ajouté`));
    assert.equal(await activeName(page), `channels[${i}].label`);
    assert.equal(await control(page, `channels[${i}].sessionsPerMonth`).inputValue(), '');
    await page.keyboard.type(row.label);
    await control(page, `channels[${i}].kind`).selectOption(row.kind);
    await control(page, `channels[${i}].sessionsPerMonth`).fill(row.sessions);
    await control(page, `channels[${i}].conversionRate`).fill(row.rate);
    if (row.cpc) {
      await control(page, `channels[${i}].cost.model`).selectOption('perClick');
      await control(page, `channels[${i}].cost.costPerClick`).fill(row.cpc);
    }
  }
  await control(page, 'goal.growthRate').fill('40');
  await control(page, 'start.year').selectOption('2027');
  await control(page, 'start.quarter').selectOption('1');
  await page.locator('[data-testid="target-revenue"]').waitFor();
  assert.equal(await summary.isVisible(), false, 'nothing left to fill in');

  const plan = await currentPlan(page);
  const expected = {
    averageOrderValue: 35, grossMarginRate: 0.55, ordersPerCustomer: 1, pastGrowthRate: null,
    seasonality: null, cartAbandonmentRate: null, orderCosts: null, marketingBudget: null,
    start: { year: 2027, quarter: 1 }, goal: { growthRate: 0.4 },
  };
  for (const [key, value] of Object.entries(expected)) assert.deepEqual(plan[key], value, key);
  assert.deepEqual(plan.channels.map((c) => [c.label, c.kind, c.sessionsPerMonth, c.conversionRate, c.cost]), [
    ['SEO', 'seo', 7000, 0.018, { model: 'none' }],
    ['Google Ads', 'sea', 3000, 0.03, { model: 'perClick', costPerClick: 0.45 }],
    ['Instagram', 'social', 2000, 0.008, { model: 'none' }],
  ]);
  // The figures are the engine's (the CLI's) for that plan.
  const out = cli(['plan', '-'], plan);
  assert.equal(out.ok, true);
  assert.ok(close(await targetRevenue(page), out.goal.targetRevenue));
  // [13] What to do now, first: Google Ads is past its break-even point today, so cut it back
  // (with the way to its cost); then the growth nothing in the plan pays for.
  const steps = page.locator('[data-testid="next-steps"] li');
  assert.deepEqual(await steps.evaluateAll((els) => els.map((e) => e.dataset.code)), ['cut_spend', 'unpriced_effort']);
  assert.match(await steps.first().textContent(), /^Réduire la dépense de «\u202fGoogle Ads\u202f» à [\d\u202f]+\u00a0€ par mois/);
  assert.equal(await steps.first().locator('[data-action="go-to"]').getAttribute('data-target'), 'channels[1].cost');

  // Results a merchant scans: the goal, what to do now, what needs attention, then a card per
  // channel with its verdict first; nothing wider than the page at 390 px.
  const order = await page.evaluate(() => [...document.querySelector('boussole-planner').shadowRoot
    .querySelectorAll('.bp-plan > section')].map((s) => s.id));
  const expectedOrder = ['bp-headline', 'bp-next-steps', 'bp-channels', 'bp-warnings'];
  assert.deepEqual(order.slice(0, expectedOrder.length), expectedOrder);
  const cards = page.locator('[data-testid="channel-targets"] > .bp-card');
  assert.equal(await cards.count(), 4, 'three channels and the total');
  for (const card of await cards.all()) {
    const title = card.locator('.bp-card-title');
    assert.ok(await title.locator('.bp-badge').count() <= 1);
  }
  // Abbreviations are spelled out at their first appearance, in the text (a phone shows no
  // tooltip), and listed.
  const text = await page.locator('.bp-plan').evaluate((plan) => {
    const walker = document.createTreeWalker(plan, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest('svg, button, header') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) all += `${n.nodeValue} `;
    return all;
  });
  assert.match(text.slice(text.search(/\bCPA\b/)), /^CPA \(coût par acquisition/);
  await page.locator('.bp-glossary summary').click();
  await page.locator('.bp-glossary dt', { hasText: /^ROAS$/ }).waitFor();
  // The target CPA says how it is worked out.
  const cpaCard = page.locator('.bp-kpi', { has: page.locator('[data-testid="target-cpa"]') });
  assert.match(await cpaCard.textContent(), /= CPA max sur 12 mois \(.+\) ÷ ratio LTV:CAC visé \(3\)/);
  assert.deepEqual(await runAxe(page), []);
  await shootResults(page, 'candle-results-1280.png');

  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => {
    const root = document.querySelector('boussole-planner').shadowRoot;
    const wrap = root.querySelector('.bp-results').getBoundingClientRect();
    return [...root.querySelectorAll('.bp-card')].filter((c) => c.getBoundingClientRect().right > wrap.right + 1).length;
  });
  assert.equal(overflow, 0, 'a card wider than the results at 390 px');
  await shootResults(page, 'candle-results-390.png');
  assert.deepEqual(h.consoleErrors, []);
});

test('the example is marked as such until edited, and its leftovers are listed once typing starts', async () => {
  const page = await firstVisit();
  await page.locator('[data-action="start-example"]').click();
  await page.locator('[data-testid="target-revenue"]').waitFor();
  assert.equal(await activeName(page), 'averageOrderValue');
  await page.locator('#bp-example-note').waitFor();
  const aovLabel = page.locator('label[for="bp-f-averageOrderValue"]');
  assert.equal(await aovLabel.getAttribute('data-tag'), 'exemple');
  assert.equal(await control(page, 'averageOrderValue').getAttribute('data-example'), '');
  assert.equal(await page.locator('.bp-summary').isVisible(), false, 'nothing to list before typing');
  await control(page, 'averageOrderValue').fill('35');
  await drawn(page);
  assert.equal(await aovLabel.getAttribute('data-tag'), null);
  assert.equal(await control(page, 'averageOrderValue').getAttribute('data-example'), null);
  // What the plan still takes from the example, as links.
  const summary = page.locator('.bp-summary');
  await summary.getByText('Valeurs de l’exemple encore utilisées').waitFor();
  assert.equal(await summary.locator('[data-target="averageOrderValue"]').count(), 0);
  assert.equal(await summary.locator('[data-target="ordersPerCustomer"]').count(), 1);
  // One of them among the folded settings: its link unfolds them.
  assert.equal(await page.locator('.bp-advanced').evaluate((d) => d.open), false);
  await summary.locator('[data-target="marketingBudget"]').click();
  assert.equal(await page.locator('.bp-advanced').evaluate((d) => d.open), true);
  assert.equal(await activeName(page), 'marketingBudget');
  // « Partir de mes chiffres » from the example keeps it as the previous plan.
  await page.locator('[data-action="start-blank"]').click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '');
  await page.locator('[data-action="restore-previous"]').click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '35');
  assert.deepEqual(await runAxe(page), []);
  assert.deepEqual(h.consoleErrors, []);
});

test('errors: listed above the results as links, said politely, and a fraction typed for a percentage questioned', async () => {
  const page = await firstVisit();
  await page.locator('[data-action="start-example"]').click();
  await page.locator('[data-testid="target-revenue"]').waitFor();
  await control(page, 'grossMarginRate').fill('abc');
  const link = page.locator('.bp-summary [data-target="grossMarginRate"]');
  await link.waitFor();
  assert.match(await page.locator('.bp-summary').textContent(), /1 champ à corriger/);
  // Said once typing pauses, in the polite live region.
  assert.equal(await live(page).getAttribute('aria-live'), 'polite');
  await said(page, /Taux de marge brute.*doit être un nombre/);
  await control(page, 'averageOrderValue').focus();
  await link.click();
  assert.equal(await activeName(page), 'grossMarginRate');
  // An error in a folded setting unfolds it.
  await control(page, 'grossMarginRate').fill('45');
  await openAdvanced(page);
  await page.locator('.bp-advanced summary').click();
  assert.equal(await page.locator('.bp-advanced').evaluate((d) => d.open), false);
  await page.evaluate(() => {
    const root = document.querySelector('boussole-planner').shadowRoot;
    const field = root.querySelector('[name="scenarios.prudent"]');
    field.value = '150';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-advanced').open);
  assert.notEqual(await errorText(page, 'scenarios.prudent'), '');
  await control(page, 'scenarios.prudent').fill('80');
  // « 0,55 » for a margin: a hint beside the field, the plan still computed.
  await control(page, 'grossMarginRate').fill('0,55');
  const hint = page.locator('#bp-warn-grossMarginRate');
  await hint.getByText('Vouliez-vous dire 55').waitFor();
  assert.equal(await errorText(page, 'grossMarginRate'), '');
  // Removing a channel is said; the keyboard goes to « Ajouter un canal ».
  await page.locator('[data-action="remove-channel"][data-index="3"]').click();
  await said(page, /Canal «\u202fEmailing\u202f» supprimé/);
  assert.equal(await activeName(page), 'add-channel');
  assert.deepEqual(await runAxe(page), []);
  assert.deepEqual(h.consoleErrors, []);
});

/**
 * The demo page opened with the engine held back until `release()`, as on a slow connection;
 * `lang` is set on the element before it starts, `saved` stores a plan first.
 */
async function heldBack({ saved = false, lang } = {}) {
  const page = await h.browser.context.newPage();
  await page.goto(h.server.url('/'));
  await waitReady(page);
  await page.evaluate((saved) => {
    localStorage.clear();
    if (saved) localStorage.setItem('boussole:v1:plan', '{}');
  }, saved);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/boussole_bg.wasm.gz', async (route) => { await held; await route.continue(); });
  if (lang) {
    await page.addInitScript((lang) => {
      new MutationObserver((_, observer) => {
        const el = document.querySelector('boussole-planner');
        if (el) { el.setAttribute('lang', lang); observer.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    }, lang);
  }
  await page.goto(h.server.url('/'), { waitUntil: 'commit' });
  return { page, release };
}

/** Records every change under the welcome from now on. */
const watchWelcome = (page) => page.evaluate(() => {
  const welcome = document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-welcome');
  window.__welcomeChanges = [];
  new MutationObserver((records) => window.__welcomeChanges.push(...records.map((r) => `${r.type} ${r.attributeName ?? ''}`)))
    .observe(welcome, { subtree: true, childList: true, characterData: true, attributes: true });
});

test('on a slow connection, the first visit reads the welcome before the engine comes, and a choice made meanwhile is kept', async () => {
  for (const [lang, title, chooseEarly] of [
    [undefined, 'Des objectifs de vente à la mesure de votre boutique', false],
    ['en-GB', 'Sales goals that fit your shop', true],
  ]) {
    const { page, release } = await heldBack({ lang });
    try {
      const welcome = page.locator('.bp-welcome');
      await welcome.waitFor();
      assert.equal(await page.locator('boussole-planner').getAttribute('data-ready'), null, 'the engine came already');
      assert.equal(await page.locator('.bp-app').getAttribute('lang'), lang ? 'en' : 'fr');
      assert.equal(await page.locator('#bp-welcome-title').textContent(), title);
      await watchWelcome(page);
      // Chosen before the engine has come: carried out once it has.
      if (chooseEarly) await page.locator('[data-action="start-example"]').click();
      release();
      await waitReady(page);
      if (!chooseEarly) {
        // The engine's own first screen is the one already drawn: nothing of it changes.
        assert.deepEqual(await page.evaluate(() => window.__welcomeChanges), [], 'the engine redrew the welcome');
        assert.equal(await welcome.isVisible(), true);
        await page.locator('[data-action="start-example"]').click();
      }
      await page.locator('[data-testid="target-revenue"]').waitFor();
      assert.equal(await welcome.isVisible(), false);
    } finally {
      release();
      await page.close();
    }
  }
  assert.deepEqual(h.consoleErrors, []);
});

test('with a plan saved in this browser, nothing is drawn before the engine comes', async () => {
  const { page, release } = await heldBack({ saved: true });
  try {
    await page.waitForFunction(() => document.querySelector('boussole-planner') && customElements.get('boussole-planner'));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.querySelector('boussole-planner').shadowRoot), null, 'something was drawn');
    release();
    await waitReady(page);
  } finally {
    release();
    await page.close();
  }
});
