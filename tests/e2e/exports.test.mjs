// [9] What leaves the page besides the results on screen: every SMART objective and the OKR
// copied as text or Markdown, the SMART objectives as CSV, and the printout (its header with
// the title, the date and the inputs; the reasons of the checks; no form, no buttons).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openHarness, TMP } from './helpers.mjs';
import { openPlanner as sharedOpenPlanner, currentPlan } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness({ browser: { acceptDownloads: true }, clipboard: true });
});
after(async () => {
  await h?.close();
});

const openPlanner = (path) => sharedOpenPlanner(h, path);
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const objectiveTexts = (page) => page.locator('.bp-objective-text').allTextContents();

beforeEach(() => {
  h.consoleErrors.length = 0;
});

/** The fields of one CSV record (RFC 4180: quoted cells, doubled quotes). */
function csvFields(line, sep) {
  const fields = [''];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && quoted && line[i + 1] === '"') {
      fields[fields.length - 1] += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === sep && !quoted) {
      fields.push('');
    } else {
      fields[fields.length - 1] += c;
    }
  }
  assert.equal(quoted, false, `unbalanced quotes in ${line}`);
  return fields;
}

test('« Copier tous les objectifs » puts every objective shown, its checks and the OKR in the clipboard', async () => {
  const page = await openPlanner();
  const sentences = await objectiveTexts(page);
  assert.ok(sentences.length >= 3, 'the example has objectives');
  await page.locator('[data-action="copy-objectives"]').click();
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot
    .querySelector('.bp-toast').textContent !== '');
  const text = await clipboard(page);
  for (const sentence of sentences) assert.ok(text.includes(sentence), `missing ${sentence}`);
  assert.equal(text.match(/^Atteignable\u202f: /gm)?.length, sentences.length);
  assert.equal(text.match(/^Réaliste\u202f: /gm)?.length, sentences.length);
  const okr = (await page.locator('.bp-okr-objective').textContent()).replace(/^Objectif\u202f: /, '');
  assert.ok(text.includes(okr), 'the OKR comes with them');
  assert.match(await page.locator('.bp-toast').textContent(), /Objectifs SMART et OKR copiés/);
  assert.deepEqual(h.consoleErrors, []);
});

test('the Markdown copy starts with a heading and lists every objective', async () => {
  const page = await openPlanner();
  const sentences = await objectiveTexts(page);
  await page.locator('[data-action="copy-objectives-markdown"]').click();
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot
    .querySelector('.bp-toast').textContent.includes('Markdown'));
  const markdown = await clipboard(page);
  assert.ok(markdown.startsWith('## Objectifs SMART\n\n1. **'), markdown.slice(0, 80));
  // What Markdown escapes (none in the example's sentences but the odd bracket) taken out.
  const shown = markdown.replace(/\\(.)/g, '$1');
  for (const sentence of sentences) assert.ok(shown.includes(sentence), `missing ${sentence}`);
  assert.equal(markdown.match(/^ {3}- /gm)?.length, 2 * sentences.length);
  assert.match(markdown, /\n## OKR\u202f: objectif et résultats clés\n/);
});

test('the SMART objectives download as CSV, one row each, beside the quarterly targets', async () => {
  const page = await openPlanner();
  const sentences = await objectiveTexts(page);
  // The targets' button says what it holds.
  assert.equal(await page.locator('[data-action="export-csv"]').textContent(), 'Exporter les cibles trimestrielles (CSV)');
  const button = page.locator('[data-action="export-objectives-csv"]');
  assert.equal(await button.textContent(), 'Exporter les objectifs SMART (CSV)');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), 'boussole-objectifs-smart.csv');
  const file = join(TMP, 'smart-objectives.csv');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a BOM for Excel');
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n');
  assert.equal(lines.length, sentences.length + 1);
  const header = csvFields(lines[0], ';');
  assert.deepEqual(header, ['Portée', 'Sujet', 'Objectif', 'Atteignable', 'Raison (atteignable)', 'Réaliste', 'Raison (réaliste)']);
  lines.slice(1).forEach((line, i) => {
    const fields = csvFields(line, ';');
    assert.equal(fields.length, header.length, line);
    assert.equal(fields[2], sentences[i]);
    assert.ok(fields[4] && fields[6], 'both reasons');
  });
  assert.match(await page.locator('.bp-toast').textContent(), /boussole-objectifs-smart\.csv/);
});

test('on paper: a header with the title, the date and the inputs, the reasons, no form or buttons', async () => {
  const page = await openPlanner();
  const plan = await currentPlan(page);
  const header = page.locator('.bp-print-header');
  assert.equal(await header.isVisible(), false, 'hidden on screen');
  // The page writes the date just before printing, in the planner's language.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const date = await page.locator('.bp-print-date').textContent();
  assert.ok(date.includes(String(new Date().getFullYear())), date);
  assert.match(date, /janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/);

  await page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await header.isVisible(), true);
    const text = await header.textContent();
    assert.match(text, /Plan d’objectifs commerciaux — Boussole/);
    assert.match(text, new RegExp(`Imprimé le ${date}`));
    assert.match(text, /Panier moyen\s*80\s€/);
    assert.match(text, /Taux de marge brute\s*45\s%/);
    for (const channel of plan.channels) assert.ok(text.includes(channel.label), `no ${channel.label}`);
    // The header comes before the first section of the results.
    const above = await page.evaluate(() => {
      const root = document.querySelector('boussole-planner').shadowRoot;
      const first = root.querySelector('.bp-results .bp-section');
      return root.querySelector('.bp-print-header').getBoundingClientRect().bottom <= first.getBoundingClientRect().top;
    });
    assert.ok(above, 'the header is at the top');

    // Each check says why.
    const reasons = page.locator('.bp-reason');
    assert.ok(await reasons.count() >= 2);
    assert.equal(await reasons.first().isVisible(), true);
    assert.equal(await reasons.last().isVisible(), true);

    // No form, no button.
    assert.equal(await page.locator('.bp-form-slot').isVisible(), false);
    const visibleButtons = await page.evaluate(() => [...document.querySelector('boussole-planner').shadowRoot
      .querySelectorAll('button, [data-action]')].filter((b) => b.getClientRects().length > 0).length);
    assert.equal(visibleButtons, 0);

    // The warning's icon sits beside its text, not over it.
    const boxes = await page.evaluate(() => [...document.querySelector('boussole-planner').shadowRoot
      .querySelectorAll('.bp-warning')].map((warning) => {
      const box = warning.getBoundingClientRect();
      const icon = getComputedStyle(warning, '::before');
      const iconLeft = box.left + warning.clientLeft + parseFloat(icon.left);
      const walker = document.createTreeWalker(warning, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, 1);
      const first = range.getBoundingClientRect();
      return { iconLeft, iconRight: iconLeft + parseFloat(icon.width), textLeft: first.left, width: box.width };
    }));
    assert.ok(boxes.length > 0, 'the example has warnings');
    for (const b of boxes) {
      assert.ok(b.width > 0, 'the warning is printed');
      assert.ok(b.iconRight <= b.textLeft, `the icon (${b.iconLeft}–${b.iconRight}) overlaps the text at ${b.textLeft}`);
    }
  } finally {
    await page.emulateMedia({ media: null });
  }
  assert.deepEqual(h.consoleErrors, []);
});

test('[12] « Exporter les cibles et le budget par mois »: twelve months whose targets and spend add up to the plan', async () => {
  const page = await openPlanner();
  const button = page.locator('[data-action="export-months-csv"]');
  assert.equal(await button.textContent(), 'Exporter les cibles et le budget par mois (CSV)');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), 'boussole-cibles-et-budget-par-mois.csv');
  const file = join(TMP, 'months.csv');
  await download.saveAs(file);
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n');
  assert.equal(lines.length, 13);
  assert.deepEqual(csvFields(lines[0], ';'), ['Mois', 'Année', 'Numéro du mois', 'CA de référence (EUR)',
    'CA supplémentaire (EUR)', 'CA visé (EUR)', 'Dépense prévue (EUR)']);
  const amount = (s) => Number(s.replace(',', '.'));
  const rows = lines.slice(1).map((l) => csvFields(l, ';'));
  assert.equal(rows[0][0], 'janv. 2027');
  const target = rows.reduce((sum, r) => sum + amount(r[5]), 0);
  const out = await page.evaluate(() => document.querySelector('boussole-planner').plan);
  assert.ok(out, 'the plan is there');
  const shown = Number(await page.locator('[data-testid="target-revenue"]').getAttribute('data-value'));
  assert.ok(Math.abs(target - shown) < 0.1, `${target} vs ${shown}`);
  assert.deepEqual(h.consoleErrors, []);
});
