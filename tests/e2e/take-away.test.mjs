// [11] The plan taken where the work happens: the quarterly reviews as a calendar file, read
// by a real iCalendar parser (ical.js, Mozilla's), and the whole plan as Markdown, rendered by
// a real Markdown renderer (marked, GitHub-flavoured) into the tables it should make.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { marked } from 'marked';
import { openHarness, TMP } from './helpers.mjs';
import { openPlanner as sharedOpenPlanner, control } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness({ browser: { acceptDownloads: true }, clipboard: true });
});
after(async () => {
  await h?.close();
});

const openPlanner = (path) => sharedOpenPlanner(h, path);

/** Clicks « Ajouter les revues à mon agenda » and returns the file's name and text. */
async function calendarFile(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-ics"]').click(),
  ]);
  const file = join(TMP, name);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8'), bytes: readFileSync(file) };
}

/** The events of an iCalendar text, as ical.js reads them. */
function events(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      summary: e.summary,
      description: e.description,
      sequence: e.sequence,
    };
  });
}

/** The cells' texts of the quarters table's row for `label` (T3 2028…). */
const quarterRow = (page, label) => page.evaluate((label) => {
  const root = document.querySelector('boussole-planner').shadowRoot;
  const rows = [...root.querySelectorAll('[data-testid="quarters"] tr')];
  // The quarter's label keeps its words together with a no-break space.
  const row = rows.find((r) => r.cells[0]?.textContent.replace(/\u00a0/g, ' ').trim() === label);
  return row ? [...row.cells].map((c) => c.textContent.trim()) : null;
}, label);

test('« Ajouter les revues à mon agenda »: four all-day reviews on the first working day after each quarter', async () => {
  const page = await openPlanner();
  // From Q2 2028: Q3 ends on Saturday 30 September; Q4 on Sunday 31 December, and 1 January
  // is a holiday; Q1 2029 on Saturday 31 March, and Monday 2 April 2029 is Easter Monday.
  await control(page, 'start.year').selectOption('2028');
  await control(page, 'start.quarter').selectOption('2');
  await page.locator('[data-testid="quarters"]').getByText('T1 2029').waitFor();
  const { name, text, bytes } = await calendarFile(page, 'reviews-fr.ics');
  assert.equal(name, 'boussole-revues.ics');

  // RFC 5545: CRLF line ends, lines folded at 75 octets.
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'CRLF only');
  for (const line of bytes.toString('latin1').split('\r\n')) {
    assert.ok(line.length <= 75, `a line of ${line.length} octets`);
  }

  const list = events(text);
  assert.deepEqual(list.map((e) => [e.start, e.end, e.allDay]), [
    ['2028-07-03', '2028-07-04', true],
    ['2028-10-02', '2028-10-03', true],
    ['2029-01-02', '2029-01-03', true],
    ['2029-04-03', '2029-04-04', true],
  ]);
  assert.deepEqual(list.map((e) => e.summary), [
    'Revue T2 2028 — Boussole', 'Revue T3 2028 — Boussole', 'Revue T4 2028 — Boussole', 'Revue T1 2029 — Boussole',
  ]);
  // Each description holds its quarter's target as the page shows it, every channel, the
  // alert thresholds and the review's three questions.
  const channels = await page.locator('[name$=".label"]').evaluateAll((inputs) => inputs.map((i) => i.value || i.placeholder));
  for (const [i, label] of ['T2 2028', 'T3 2028', 'T4 2028', 'T1 2029'].entries()) {
    const row = await quarterRow(page, label);
    assert.ok(row, `the quarters table has ${label}`);
    const d = list[i].description;
    assert.ok(d.startsWith(`Objectif ${label}\u202f: ${row[3]} de chiffre d’affaires, dont ${row[2]} de CA supplémentaire.`), d);
    for (const channel of channels) assert.ok(d.includes(`\n- ${channel}\u202f: `), `${channel} in ${d}`);
    assert.match(d, /Seuils d’alerte\u202f:\n- Boutique\u202f: chiffre d’affaires du trimestre ≥ /);
    assert.ok(d.endsWith('3. Décision\u202f: que changer au trimestre prochain\u202f?'), d);
  }

  // Imported again: the same events (same UIDs), the later export superseding the earlier.
  const again = events((await calendarFile(page, 'reviews-fr-again.ics')).text);
  assert.deepEqual(again.map((e) => e.uid), list.map((e) => e.uid));
  assert.equal(new Set(list.map((e) => e.uid)).size, 4);
  assert.ok(again[0].sequence >= list[0].sequence);

  // In English.
  await control(page, 'locale').selectOption('en');
  const en = await calendarFile(page, 'reviews-en.ics');
  assert.equal(en.name, 'boussole-reviews.ics');
  const english = events(en.text);
  assert.equal(english[1].summary, 'Q3 2028 review — Boussole');
  assert.ok(english[1].description.includes('\nAlert thresholds:\n- Shop: quarter’s revenue ≥ '));
  assert.ok(english[1].description.endsWith('\n1. Analysis: what was reached, exceeded or missed?\n2. Interpretation: why?\n3. Decision: what to change next quarter?'));
  // The language is not the plan's identity: the same events.
  assert.deepEqual(english.map((e) => e.uid), list.map((e) => e.uid));
  assert.deepEqual(h.consoleErrors, []);
});

test('« Copier le plan (Markdown) » renders as headings and tables, with a channel name kept as typed', async () => {
  const page = await openPlanner();
  // Characters that would be Markdown or HTML if left as they are.
  const odd = 'Ads | *promo* <b>_1_</b> [x]';
  await control(page, 'channels[1].label').fill(odd);
  await page.locator('[data-action="copy-plan-markdown"]').click();
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot
    .querySelector('.bp-toast').textContent !== '');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const html = marked.parse(markdown, { gfm: true });

  // Read the rendered HTML in a page of its own (no network: it is set as content).
  const view = await h.browser.context.newPage();
  await view.setContent(`<!doctype html><meta charset="utf-8"><body>${html}`);
  const shape = await view.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent,
    h2: [...document.querySelectorAll('h2')].map((h) => h.textContent),
    tables: [...document.querySelectorAll('table')].map((t) => ({
      header: [...t.tHead.rows[0].cells].map((c) => c.textContent),
      align: [...t.tHead.rows[0].cells].map((c) => c.getAttribute('align')),
      rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
    })),
    scripts: document.querySelectorAll('script, b').length,
  }));
  await view.close();
  assert.equal(shape.h1, 'Plan d’objectifs Boussole');
  for (const title of ['Objectifs par canal', 'Jalons trimestriels', 'Scénarios', 'Objectifs SMART', 'OKR\u202f: objectif et résultats clés']) {
    assert.ok(shape.h2.includes(title), `${title} in ${shape.h2}`);
  }
  assert.ok(shape.tables.length >= 4, 'channels, quarters, scenarios, levers');
  const [channels] = shape.tables;
  assert.equal(channels.header[0], 'Canal');
  assert.equal(channels.align[1], 'right', 'figures right-aligned');
  const planned = await page.evaluate(() => document.querySelector('boussole-planner').plan.channels.length);
  assert.equal(channels.rows.length, planned + 1, 'each channel and the total');
  assert.equal(channels.rows[1][0], odd, 'the name as typed, not as markup');
  assert.equal(channels.rows.at(-1)[0], 'Total');
  assert.equal(shape.scripts, 0, 'nothing typed became HTML');
  // The quarters' table has the quarters of the page.
  const quarters = shape.tables.find((t) => t.header[0] === 'Trimestre');
  assert.deepEqual(quarters.rows.map((r) => r[0].replace(/\u00a0/g, ' ')), ['T1 2027', 'T2 2027', 'T3 2027', 'T4 2027']);
  const row = await quarterRow(page, 'T2 2027');
  assert.deepEqual(quarters.rows[1].slice(0, 4), row.slice(0, 4));

  // The same plan as plain text for e-mail: no Markdown markup.
  await page.locator('[data-action="copy-plan-text"]').click();
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot
    .querySelector('.bp-toast').textContent.includes('texte'));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(text.startsWith('CA actuel '), text.slice(0, 80));
  assert.ok(text.includes(`\n${odd}`), 'the name as typed');
  assert.equal(/^#|\| --- \||\*\*/m.test(text), false, 'no Markdown markup');
  assert.deepEqual(h.consoleErrors, []);
});
