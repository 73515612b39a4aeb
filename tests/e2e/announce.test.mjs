// What the live region says as the visitor edits: the figures an edit moved with their value
// before it, a plausibility hint when one appears, and, when the visitor tabs on before the
// pause, what was waiting, said at once rather than lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './helpers.mjs';
import { openPlanner, control } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness();
});
after(async () => {
  await h?.close();
});

const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** What the live region says of the paid CPA moving from `was` to `now` (French). */
const paidCpa = (now, was) => `CPA payant${NNBSP}: ${now}${NBSP}€ (avant ${was}${NBSP}€).`;

/** Records everything the live region says from now on (a later text cannot hide an earlier). */
async function listen(page) {
  await page.evaluate(() => {
    const live = document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-live');
    window.__said = [];
    new MutationObserver(() => window.__said.push(live.textContent))
      .observe(live, { childList: true, characterData: true, subtree: true });
  });
}

/** Waits until the live region has said something that contains `text`. */
async function said(page, text, timeout = 10_000) {
  await page.waitForFunction((t) => window.__said.some((s) => s.includes(t)), text, { timeout });
}

const spoken = (page) => page.evaluate(() => window.__said);

test('after each edit the live region names the figure it moved and its value before', async () => {
  const page = await openPlanner(h);
  await listen(page);
  const cpc = control(page, 'channels[1].cost.costPerClick');
  await cpc.fill('1,6');
  await said(page, paidCpa('62,99', '31,50'));
  // Typed a key at a time: compared with what was heard before the first key, not with « 2 ».
  await cpc.fill('');
  await cpc.pressSequentially('2,4', { delay: 30 });
  await said(page, paidCpa('94,49', '62,99'));
  await cpc.fill('1,2');
  await said(page, paidCpa('47,24', '94,49'));
  const last = (await spoken(page)).at(-1);
  assert.ok(last.startsWith(paidCpa('47,24', '94,49')), last);
  // The goal did not move: not named, only summed up after the figures that moved.
  assert.ok(!last.includes(`CA visé${NNBSP}:`), last);
  assert.ok(last.includes(`Objectif${NNBSP}: 1${NNBSP}597${NNBSP}440${NBSP}€`), last);
  assert.deepEqual(h.consoleErrors, []);
});

test('a plausibility hint that appears is said before the figures', async () => {
  const page = await openPlanner(h);
  await listen(page);
  await control(page, 'goal.growthRate').fill('0,5');
  const hint = `0,5${NNBSP}%${NNBSP}? Vouliez-vous dire 50${NNBSP}%${NNBSP}?`;
  await said(page, hint);
  const text = (await spoken(page)).find((s) => s.includes(hint));
  assert.ok(text.startsWith(`${hint} Croissance visée${NNBSP}: +0,5${NNBSP}% (avant +30${NNBSP}%).`), text);
});

test('tabbing on before the pause says at once what was waiting, and loses nothing', async () => {
  const page = await openPlanner(h);
  await listen(page);
  const cpc = control(page, 'channels[1].cost.costPerClick');
  await cpc.fill('1,6');
  await page.keyboard.press('Tab');
  // Said on leaving the field, well before the pause after typing (1.2 s) is over.
  await said(page, paidCpa('62,99', '31,50'), 600);
  // Straight on to another field: its own announcement comes after the pause, and the one
  // before it was not dropped.
  await control(page, 'averageOrderValue').fill('95');
  await said(page, `CPA cible${NNBSP}: 25,65${NBSP}€ (avant 21,60${NBSP}€).`);
  const texts = await spoken(page);
  assert.ok(texts.some((s) => s.startsWith(paidCpa('62,99', '31,50'))), JSON.stringify(texts));
  assert.deepEqual(h.consoleErrors, []);
});
