// The planner page, as a user drives it in Chromium: typing, errors, storage, links,
// import/export, languages and currencies. Results are checked against the CLI.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openHarness, foreignRequests, ROOT, TMP, SHOT_DIR } from './helpers.mjs';
import {
  openAdvanced,
  openPlanner as sharedOpenPlanner, waitReady, control, targetRevenue, currentPlan, errorText, isStale, cli, close, copiedLink,
} from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness({ browser: { acceptDownloads: true }, clipboard: true });
});
after(async () => {
  await h?.close();
});

const openPlanner = (path) => sharedOpenPlanner(h, path);
const cliPlan = (plan) => cli(['plan', '-'], plan);

beforeEach(() => {
  h.consoleErrors.length = 0;
});

test('typing a value updates the results to the figures the CLI gives', async () => {
  const page = await openPlanner();
  const before = await targetRevenue(page);
  await control(page, 'channels[0].sessionsPerMonth').fill('42 000');
  await control(page, 'averageOrderValue').fill('95,5');
  const after = await targetRevenue(page);
  assert.notEqual(after, before);
  const plan = await currentPlan(page);
  assert.equal(plan.averageOrderValue, 95.5);
  assert.equal(plan.channels[0].sessionsPerMonth, 42000);
  const cli = cliPlan(plan);
  assert.equal(cli.ok, true);
  assert.ok(close(after, cli.goal.targetRevenue), `${after} vs CLI ${cli.goal.targetRevenue}`);
  // The channel table shows the CLI's extra revenue for the first channel, in French format.
  const table = await page.locator('[data-testid="channel-targets"]').textContent();
  const fr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(Math.round(cli.channels[0].extraRevenue));
  assert.ok(table.replace(/\s/g, '').includes(fr.replace(/\s/g, '')), `${fr} not in channel table`);
  assert.deepEqual(h.consoleErrors, []);
});

test('each kind of bad input shows its message, keeps the other fields and recovers', async () => {
  const page = await openPlanner();
  const aov = await control(page, 'averageOrderValue').inputValue();
  const good = await targetRevenue(page);
  const cases = [
    ['channels[1].conversionRate', 'abc', '4'],          // not a number
    ['grossMarginRate', '150', '45'],                   // out of range
    ['averageOrderValue', '', aov],                     // required
    ['ordersPerCustomer', '0,5', '1,8'],                // below its minimum
    ['channels[1].sessionsPerMonth', '-5', '8000'],     // negative
  ];
  for (const [name, bad, fixed] of cases) {
    await control(page, name).fill(bad);
    assert.notEqual(await errorText(page, name), '', `${name} = "${bad}" shows no message`);
    assert.equal(await control(page, name).getAttribute('aria-invalid'), 'true', name);
    assert.equal(await isStale(page), true, `${name}: results not marked out of date`);
    // The last valid results stay on screen.
    assert.equal(await targetRevenue(page), good);
    // What was typed stays, everywhere.
    assert.equal(await control(page, name).inputValue(), bad);
    if (name !== 'averageOrderValue') assert.equal(await control(page, 'averageOrderValue').inputValue(), aov);
    await control(page, name).fill(fixed);
    assert.equal(await errorText(page, name), '', `${name}: message stays after the fix`);
    assert.equal(await control(page, name).getAttribute('aria-invalid'), null);
    assert.equal(await isStale(page), false);
  }
  // Two errors at once: both shown, each beside its field.
  await control(page, 'grossMarginRate').fill('0');
  await control(page, 'channels[0].conversionRate').fill('x');
  assert.notEqual(await errorText(page, 'grossMarginRate'), '');
  assert.notEqual(await errorText(page, 'channels[0].conversionRate'), '');
  assert.deepEqual(h.consoleErrors, []);
});

test('a label with HTML is shown as text and runs nothing', async () => {
  const page = await openPlanner();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await control(page, 'channels[0].label').fill(hostile);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  const results = page.locator('.bp-results');
  assert.ok((await results.textContent()).includes(hostile), 'the label is not shown as text');
  assert.equal(await page.locator('boussole-planner img').count(), 0);
  assert.equal(await control(page, 'channels[0].label').inputValue(), hostile);
});

test('the plan survives a reload through localStorage, invalid text included', async () => {
  const page = await openPlanner();
  await control(page, 'averageOrderValue').fill('91');
  const value = await targetRevenue(page);
  await control(page, 'ordersPerCustomer').fill('9x');
  await page.reload();
  await waitReady(page);
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '91');
  assert.equal(await control(page, 'ordersPerCustomer').inputValue(), '9x');
  assert.notEqual(await errorText(page, 'ordersPerCustomer'), '');
  await control(page, 'ordersPerCustomer').fill('1,8');
  assert.equal(await targetRevenue(page), value);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['boussole:v1:plan']);
});

test('a share link holds the whole plan and restores it', async () => {
  const page = await openPlanner();
  await control(page, 'averageOrderValue').fill('87');
  await control(page, 'channels[1].label').fill('Ads & co « test »');
  const plan = await currentPlan(page);
  await page.locator('[data-action="copy-link"]').click();
  const link = await copiedLink(page);
  assert.match(link, /#z=/);
  // [14] Copying never changes what a reload shows: the address keeps no plan.
  assert.doesNotMatch(page.url(), /#/);
  // [9] Seen, not only said: the confirmation shows until the next change.
  assert.equal(await page.locator('.bp-toast').isVisible(), true);
  assert.match(await page.locator('.bp-toast').textContent(), /Lien copié/);
  // Leave the page (pending edits are saved then), and open the link in a browser with
  // nothing saved: it opens at once.
  await page.goto(h.server.url('/'));
  await waitReady(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(link);
  await waitReady(page);
  assert.deepEqual(await currentPlan(page), plan);
  assert.equal(await control(page, 'channels[1].label').inputValue(), 'Ads & co « test »');
  assert.equal(await page.locator('.bp-banner').isVisible(), false);
});

test('[6] a share link is read once: later edits survive a reload', async () => {
  const page = await openPlanner();
  await control(page, 'averageOrderValue').fill('87');
  await page.locator('[data-action="copy-link"]').click();
  const link = await copiedLink(page);
  assert.match(link, /#z=/);
  // Opened afresh (a fragment change alone does not reload the page).
  await page.goto(h.server.url('/'));
  await page.goto(link);
  await page.reload();
  await waitReady(page);
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '87');
  assert.doesNotMatch(page.url(), /#plan=/, 'the address forgets the plan once read');
  await control(page, 'averageOrderValue').fill('93');
  await page.reload();
  await waitReady(page);
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '93');
});

test('[6] a link never replaces your own plan without your choice, and a replaced plan comes back', async () => {
  const page = await openPlanner();
  await control(page, 'averageOrderValue').fill('87');
  await page.locator('[data-action="copy-link"]').click();
  const link = await copiedLink(page);
  await control(page, 'averageOrderValue').fill('91');
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('boussole:v1:plan')));
  // The link opened in a new page (leaving the planner saves what waits).
  const open = async () => {
    await page.goto('about:blank');
    await page.goto(link);
    await waitReady(page);
  };
  const banner = page.locator('.bp-banner');
  const restore = page.locator('[data-action="restore-previous"]');
  // The link's plan is shown with the choice; your own stays stored.
  await open();
  await banner.waitFor();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '87');
  assert.equal((await saved()).form.averageOrderValue, '91');
  assert.equal(await restore.isVisible(), false);
  await page.locator('[data-action="keep-mine"]').click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '91');
  assert.equal(await banner.isVisible(), false);
  // Opened: yours is kept as the previous plan, stored beside it.
  await open();
  await page.locator('[data-action="open-shared"]').click();
  assert.equal(await banner.isVisible(), false);
  const stored = await saved();
  assert.equal(stored.version, 3);
  assert.equal(stored.form.averageOrderValue, '87');
  assert.equal(stored.previous.form.averageOrderValue, '91');
  // After a reload, the previous plan is one button away, and the same button swaps back.
  await page.reload();
  await waitReady(page);
  assert.equal(await banner.isVisible(), false);
  await restore.click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '91');
  await page.reload();
  await waitReady(page);
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '91');
  await restore.click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '87');
  // A link pasted in the address of the open page (only the fragment changes) is offered the
  // same way; what was just typed is saved first.
  await control(page, 'averageOrderValue').fill('95');
  const other = { ...(await currentPlan(page)), averageOrderValue: 66 };
  await page.goto(h.server.url('/#plan=' + encodeURIComponent(JSON.stringify(other))));
  await banner.waitFor();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '66');
  assert.equal((await saved()).form.averageOrderValue, '95');
  await page.locator('[data-action="keep-mine"]').click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '95');
});

test('[7] a saved state and a share link written before the v2 cost models open with their costs', async () => {
  const page = await openPlanner();
  await page.waitForTimeout(400);
  // What the page saved before v2: no version, a "monthly" budget kept in costAmount.
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('boussole:v1:plan'));
    delete saved.version;
    for (const row of saved.form.channels) {
      delete row.fixedMonthly; delete row.currentMonthly; delete row.doublingGain;
    }
    saved.form.channels[2].costModel = 'monthly';
    saved.form.channels[2].costAmount = '2 500';
    localStorage.setItem('boussole:v1:plan', JSON.stringify(saved));
  });
  await page.reload();
  await waitReady(page);
  assert.equal(await control(page, 'channels[2].cost.model').inputValue(), 'fixed');
  assert.equal(await control(page, 'channels[2].cost.monthly').inputValue(), '2 500');
  assert.equal((await currentPlan(page)).channels[2].cost.monthly, 2500);
  assert.equal(await page.locator('.bp-general-error').textContent(), '', 'nothing dropped');
  // A v1 link: {model: "monthly", amount}.
  const v1 = { ...(await currentPlan(page)) };
  v1.channels = v1.channels.map((c, i) => (i === 2 ? { ...c, cost: { model: 'monthly', amount: 1800 } } : c));
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(h.server.url('/#plan=' + encodeURIComponent(JSON.stringify(v1))));
  await waitReady(page);
  assert.equal(await control(page, 'channels[2].cost.model').inputValue(), 'fixed');
  assert.equal(await control(page, 'channels[2].cost.monthly').inputValue(), '1800');
  assert.deepEqual((await currentPlan(page)).channels[2].cost, { model: 'fixed', monthly: 1800 });
});

test('[7] a paid channel shows its curve, and the paid split its saving', async () => {
  const page = await openPlanner();
  // Google Ads is paid by the click: its doubling gain is a field, blank for the default.
  assert.equal(await control(page, 'channels[1].cost.doublingGain').inputValue(), '');
  const curve = page.locator('[data-testid="curve-sea"]');
  await curve.waitFor();
  assert.equal(await curve.locator('[data-point="today"]').count(), 1);
  assert.equal(await curve.locator('[data-point="plan"]').count(), 1);
  // [12] Axis values in money and orders; a legend of the points drawn; the two limits said.
  const xValues = (await curve.locator('.bp-axis[data-axis="x"]').allTextContents()).filter((t) => t !== '');
  assert.equal(xValues[0], '0\u00a0€');
  assert.ok(xValues.length >= 2 && xValues.every((t) => /€$/.test(t)), xValues.join(' | '));
  const yValues = await curve.locator('.bp-axis[data-axis="y"]').allTextContents();
  assert.equal(yValues.length, 5);
  assert.ok(yValues.every((t) => /^[\d\u202f,]+$/.test(t)), yValues.join(' | '));
  const drawn = await curve.locator('circle[data-point]').evaluateAll((els) => els.map((e) => e.getAttribute('class')));
  const legend = await curve.locator('.bp-legend .bp-swatch').evaluateAll((els) =>
    els.map((e) => e.getAttribute('class').split(' ').find((c) => c.startsWith('bp-point-'))));
  assert.deepEqual([...legend].sort(), [...drawn].sort());
  const said = await curve.locator('.bp-hint').allTextContents();
  assert.match(said[0], /^Plafond cible/);
  assert.match(said[1], /^Seuil de rentabilité/);
  // At 2 € a click Google Ads is past its break-even point today: its card says to cut.
  await control(page, 'channels[1].cost.costPerClick').fill('2');
  await curve.locator('circle[data-point="break-even"]').waitFor();
  assert.match(await page.locator('[data-testid="channel-targets"] [data-id="sea"]').textContent(), /réduire la dépense à [\d\u202f]+\u00a0€\/mois/);
  assert.match(await page.locator('[data-code="paid_channel_over_spent"]').textContent(), /Réduire la dépense à/);
  await control(page, 'channels[1].cost.costPerClick').fill('0,8');
  // [12] The twelve months: a table with the year's total, a chart, a file.
  const months = page.locator('[data-testid="months"]');
  assert.equal(await months.locator('tbody tr').count(), 12);
  assert.match(await months.locator('tbody tr').first().textContent(), /^janv\.\u00a02027/);
  assert.equal(await page.locator('[data-testid="month-chart"] rect.bp-bar-spend').count(), 12);
  // Social media on today's spend too: two paid channels, a split to compare.
  await control(page, 'channels[2].cost.model').selectOption('spend');
  await control(page, 'channels[2].cost.currentMonthly').fill('3000');
  const split = page.locator('[data-testid="paid-allocation"]');
  await split.waitFor();
  assert.equal(await split.locator('tbody tr').count(), 2);
  const plan = await currentPlan(page);
  assert.deepEqual(plan.channels[2].cost, { model: 'spend', currentMonthly: 3000 });
  // A straight line (100 %): twice the budget, twice the orders.
  await control(page, 'channels[1].cost.doublingGain').fill('100');
  await page.waitForFunction(() => document.querySelector('boussole-planner').plan?.channels[1].cost.doublingGain === 1);
  // Order costs: blank is none; typed, the target CPA falls with the margin.
  assert.equal((await currentPlan(page)).orderCosts, null);
  const cpa = () => page.locator('[data-testid="target-cpa"]').getAttribute('data-value');
  const before = Number(await cpa());
  await openAdvanced(page);
  await control(page, 'orderCosts.returnRate').fill('10');
  await page.waitForFunction(() => document.querySelector('boussole-planner').plan?.orderCosts?.returnRate === 0.1);
  assert.deepEqual((await currentPlan(page)).orderCosts, { perOrder: 0, returnRate: 0.1, firstOrderDiscount: 0 });
  assert.ok(Number(await cpa()) < before);
});

// The README's pictures of the planner, the history and the odds (in docs/ with `SCREENSHOTS=docs`).
const shoot = (locator, name) => locator.screenshot({ path: join(SHOT_DIR, name) });

test('[8] a pasted history, the odds of the goal and the references beside the inputs', async () => {
  const page = await openPlanner();
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, 'planner.png');
  // The references: a link to Baymard's list beside cart abandonment, the method's 2 % beside SEO.
  const baymard = page.locator('#bp-f-cartAbandonmentRate-ref a');
  assert.equal(await baymard.getAttribute('href'), 'https://baymard.com/lists/cart-abandonment-rate');
  assert.equal(await baymard.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await page.locator('#bp-f-channels-0-conversionRate-ref').textContent(), /2\u202f%.*2024/);
  // 24 months pasted from a spreadsheet (month, revenue), the seasonality and growth left blank.
  await openAdvanced(page);
  await control(page, 'seasonalityPreset').selectOption('flat');
  await control(page, 'pastGrowthRate').fill('');
  const rows = [];
  for (let m = 0; m < 24; m += 1) rows.push(`${2025 + Math.floor(m / 12)}-${String(m % 12 + 1).padStart(2, '0')}\t${m % 12 === 11 ? 150000 : 95000 + 1000 * Math.floor(m / 12)}`);
  await openAdvanced(page);
  await control(page, 'history.months').fill(rows.join('\n'));
  const history = page.locator('[data-testid="history"]');
  await history.waitFor();
  assert.match(await history.textContent(), /24/);
  await shoot(page.locator('#bp-history'), 'history.png');
  const plan = await currentPlan(page);
  assert.equal(plan.history.months.length, 24);
  // Seasonality and growth left blank: the history's, and the page says so.
  assert.match(await page.locator('[data-testid="seasonality-used"] + .bp-hint').textContent(), /déduite de l’historique/);
  assert.match(await page.locator('[data-testid="growth-used"] + .bp-hint').textContent(), /déduite de l’historique/);
  // The past and the plan on one line: 24 months of history, then 12 of targets.
  const chart = page.locator('[data-testid="history-chart"]');
  assert.equal(await chart.locator('rect.bp-bar-base').count(), 24);
  assert.equal(await chart.locator('rect.bp-bar-target').count(), 12);
  // The odds: none until an uncertainty is chosen.
  assert.equal(await page.locator('[data-testid="probability-of-goal"]').count(), 0);
  await openAdvanced(page);
  await control(page, 'uncertaintyPreset').selectOption('usual');
  const odds = page.locator('[data-testid="probability-of-goal"]');
  await odds.waitFor();
  const p = Number(await odds.getAttribute('data-value'));
  assert.ok(p >= 0 && p <= 1);
  assert.equal(await page.locator('[data-testid="outlook-chart"] .bp-target-line').count(), 1);
  await shoot(page.locator('#bp-outlook'), 'outlook.png');
  // [12] What the odds mean, in one sentence: the shop's trend (from the history) and the
  // planned spend, the chance, and what is left to effort the plan does not price.
  const momentum = await page.locator('[data-testid="momentum"]').textContent();
  assert.match(momentum, /^Au rythme passé \([+−][\d,]+\u202f%\) et avec les dépenses prévues\u202f: [\d\u202f]+\u00a0€, soit \d+\u202f% de chances d’atteindre les [\d\u202f]+\u00a0€ visés(\u202f; il reste [\d\u202f]+\u00a0€ à trouver par un effort que ce plan ne chiffre pas\.| sans autre effort\.)$/);
  assert.deepEqual((await currentPlan(page)).uncertainty, { traffic: 0.15, conversionRate: 0.15, averageOrderValue: 0.15, doublingGain: 0.15, draws: 4000, seed: 42 });
  // A wider uncertainty moves the odds away from certainty; the same seed gives the same figures.
  await openAdvanced(page);
  await control(page, 'uncertaintyPreset').selectOption('uncertain');
  await page.waitForFunction((old) => document.querySelector('boussole-planner').shadowRoot
    .querySelector('[data-testid="probability-of-goal"]').dataset.value !== String(old), p);
  // Kept on reload, history and uncertainty both.
  await page.waitForTimeout(400);
  await page.reload();
  await waitReady(page);
  const again = await currentPlan(page);
  assert.equal(again.history.months.length, 24);
  assert.equal(again.uncertainty.traffic, 0.3);
  // A CSV file chosen is read in the page into the same box (a French export: semicolons).
  const csv = join(TMP, 'months.csv');
  writeFileSync(csv, 'Mois;CA\n' + Array.from({ length: 18 }, (_, m) => `2026-${m};${100000 + m} €`).join('\n'));
  await page.locator('.bp-history-file').setInputFiles(csv);
  await page.waitForFunction(() => document.querySelector('boussole-planner').plan?.history?.months.length === 18);
  // The share link carries the history, compressed: 36 months stay short enough to paste.
  const months36 = Array.from({ length: 36 }, (_, m) => String(90000 + 1000 * (m % 12) + 500 * m));
  await openAdvanced(page);
  await control(page, 'history.months').fill(months36.join('\n'));
  await page.waitForFunction(() => document.querySelector('boussole-planner').plan?.history?.months.length === 36);
  const withHistory = await currentPlan(page);
  await page.locator('[data-action="copy-link"]').click();
  const link = await copiedLink(page);
  console.log(`share link with 36 months of history: ${link.length} characters`);
  assert.ok(link.length < 1500, `${link.length} characters`);
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(link);
  await waitReady(page);
  assert.deepEqual(await currentPlan(page), withHistory);
  // A compressed link pasted into the address of the open page is expanded and offered.
  await control(page, 'averageOrderValue').fill('77');
  await page.locator('[data-action="copy-link"]').click();
  const link77 = await copiedLink(page, link);
  await control(page, 'averageOrderValue').fill('88');
  await page.evaluate(() => { location.hash = ''; });
  await page.goto(link77);
  await page.locator('.bp-banner').waitFor();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '77');
  await page.locator('[data-action="keep-mine"]').click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '88');
  // A cell that is no amount is named beside the control.
  await openAdvanced(page);
  await control(page, 'history.months').fill(rows.join('\n').replace('96000', 'n/a'));
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot
    .querySelector('#bp-err-history-months')?.textContent.startsWith('Ligne 13, colonne 2'));
});

test('[6] a full localStorage is said, and nothing typed is lost from the form', async () => {
  const page = await openPlanner();
  // Fill the origin's storage to the last byte.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
      try {
        for (;;) localStorage.setItem(`fill-${i++}`, 'x'.repeat(size));
      } catch { /* full at this size: go smaller */ }
    }
  });
  const long = 'Référencement naturel, blog et guides d’achat';
  await control(page, 'channels[0].label').fill(long);
  const general = page.locator('#bp-err-form');
  await general.filter({ hasText: /exportez votre plan en JSON/ }).waitFor({ timeout: 5_000 });
  assert.equal(await control(page, 'channels[0].label').inputValue(), long);
  await page.evaluate(() => localStorage.clear());
});

test('[6] a file nested thousands of levels deep is refused, and the planner keeps working', async () => {
  const page = await openPlanner();
  const deep = join(TMP, 'deep-plan.json');
  writeFileSync(deep, `{"channels": ${'['.repeat(5000)}1${']'.repeat(5000)}}`);
  await page.locator('.bp-import').setInputFiles(deep);
  await page.locator('.bp-general-error').filter({ hasText: /n’est pas un plan Boussole valide/ }).waitFor();
  const before = await targetRevenue(page);
  await control(page, 'averageOrderValue').fill('97');
  await page.waitForFunction((old) => Number(document.querySelector('boussole-planner').shadowRoot
    .querySelector('[data-testid="target-revenue"]').dataset.value) !== old, before);
  assert.equal((await currentPlan(page)).averageOrderValue, 97);
});

test('[6] a saved state from another version of the page reopens with what it can read', async () => {
  const page = await openPlanner();
  await control(page, 'averageOrderValue').fill('89');
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('boussole:v1:plan'));
    saved.form.channels[1].kind = 'hologram';
    saved.form.view = 'review';
    const quarter = { revenue: '300000', channels: {} };
    saved.form.actuals = [quarter, quarter, quarter, quarter, quarter, quarter];
    localStorage.setItem('boussole:v1:plan', JSON.stringify(saved));
  });
  await page.reload();
  await waitReady(page);
  const notice = page.locator('.bp-general-error');
  await notice.filter({ hasText: /Type de canal \(canal 2\)/ }).waitFor();
  assert.match(await notice.textContent(), /6 trimestres clos/);
  assert.equal(await page.locator('[name="actuals[3].revenue"]').count(), 1);
  assert.equal(await page.locator('[name="actuals[4].revenue"]').count(), 0);
  await page.locator('#bp-tab-plan').click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '89');
});

test('JSON export then import gives back the same plan; CSV holds the targets', async () => {
  const page = await openPlanner();
  await control(page, 'averageOrderValue').fill('83');
  const plan = await currentPlan(page);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-json"]').click(),
  ]);
  const file = join(TMP, 'exported-plan.json');
  await json.saveAs(file);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), plan);

  await page.locator('[data-action="reset"]').click();
  assert.equal(await control(page, 'averageOrderValue').inputValue(), '80');
  await page.locator('.bp-import').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('boussole-planner').plan?.averageOrderValue === 83);
  assert.deepEqual(await currentPlan(page), plan);

  // A file that is not a plan is refused with a message, and the form is left alone.
  const bad = join(TMP, 'not-a-plan.json');
  writeFileSync(bad, '{"hello": 1}');
  await page.locator('.bp-import').setInputFiles(bad);
  await page.waitForFunction(() =>
    document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-general-error').textContent !== '');
  assert.deepEqual(await currentPlan(page), plan);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-csv"]').click(),
  ]);
  const csvFile = join(TMP, 'targets.csv');
  await csv.saveAs(csvFile);
  const text = readFileSync(csvFile, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'no BOM for Excel');
  const lines = text.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(lines.length, 1 + 4 * (plan.channels.length + 1));
  assert.ok(lines[0].includes(';'), 'French CSV uses ;');
  const cli = cliPlan(plan);
  const q1seo = cli.quarters[0].channels[0];
  const row = lines.find((l) => l.includes(cli.quarters[0].label) && l.includes(`"${plan.channels[0].label}"`));
  assert.ok(row, 'no row for Q1 and the first channel');
  const decimal = (x) => String(x).replace('.', ',');
  const cells = row.split(';');
  assert.ok(cells.some((c) => Math.abs(Number(c.replace(',', '.')) - q1seo.extraRevenue) < 0.01 * Math.max(1, q1seo.extraRevenue)),
    `${row} lacks ${decimal(q1seo.extraRevenue)}`);
});

test('language and currency switches change every text and number format', async () => {
  const page = await openPlanner();
  const frText = await page.locator('boussole-planner').evaluate((el) => el.shadowRoot.textContent);
  assert.match(await page.locator('[data-testid="target-revenue"]').textContent(), /\d[\u202f\u00a0 ]\d{3}[\u202f\u00a0 ]\d{3}\s?€/);
  await control(page, 'locale').selectOption('en');
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-app').lang === 'en');
  const target = await page.locator('[data-testid="target-revenue"]').textContent();
  assert.match(target, /€\d{1,3}(,\d{3})+/);
  const enText = await page.locator('boussole-planner').evaluate((el) => el.shadowRoot.textContent);
  for (const word of ['Votre boutique', 'Vos canaux', 'Votre objectif', 'trimestre', 'Objectifs SMART']) {
    if (frText.includes(word)) assert.ok(!enText.includes(word), `"${word}" is still in French`);
  }
  assert.equal((await currentPlan(page)).locale, 'en');
  await control(page, 'currency').selectOption('USD');
  assert.match(await page.locator('[data-testid="target-revenue"]').textContent(), /\$\d/);
  assert.equal((await currentPlan(page)).currency, 'USD');
  await control(page, 'locale').selectOption('fr');
  assert.match(await page.locator('[data-testid="target-revenue"]').textContent(), /\$/);
  assert.deepEqual(h.consoleErrors, []);
});

test('channels can be added, moved and removed, up to twelve', async () => {
  const page = await openPlanner();
  const count = async () => (await currentPlan(page)).channels.length;
  assert.equal(await count(), 4);
  const add = page.locator('[data-action="add-channel"]');
  for (let n = 5; n <= 12; n += 1) {
    await add.click();
    assert.equal(await page.locator('[name$=".label"]').count(), n);
  }
  assert.equal(await add.isDisabled(), true);
  await page.locator('[data-action="remove-channel"][data-index="11"]').click();
  assert.equal(await page.locator('[name$=".label"]').count(), 11);
  const first = await control(page, 'channels[0].label').inputValue();
  await page.locator('[data-action="move-channel-down"][data-index="0"]').click();
  assert.equal(await control(page, 'channels[1].label').inputValue(), first);
});

test('the page asks for nothing but its own files', async () => {
  const { requests, server } = h;
  assert.ok(requests.some((r) => r.url.endsWith('/pkg/boussole_bg.wasm.gz')), 'the wasm was not loaded');
  assert.deepEqual(foreignRequests(requests, server.origin), []);
});

test('screenshots for review at 1280 and 360 px', async () => {
  const page = await openPlanner();
  const dir = join(ROOT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(dir, `planner-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
});
