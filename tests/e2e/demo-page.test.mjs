// The demo page (index.html) speaks the browser's language, follows the planner when the
// visitor switches it, and is French without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, recordConsoleErrors } from './helpers.mjs';
import { startFromExample } from './planner-helpers.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

/** What the visitor reads: the page's language, title, description, shown header and footer, the planner's tabs. */
const read = (page) => page.evaluate(() => {
  const shown = (selector) => [...document.querySelectorAll(selector)]
    .filter((el) => el.checkVisibility()).map((el) => el.textContent.replace(/[ \t\n]+/g, ' ').trim());
  const root = document.querySelector('boussole-planner').shadowRoot;
  return {
    lang: document.documentElement.lang,
    title: document.title,
    description: document.querySelector('meta[name="description"]').content,
    header: shown('header p'),
    footer: shown('footer p'),
    tabs: root ? [...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent.trim()) : [],
  };
});

async function withBrowser(options, run) {
  const browser = await launchBrowser(options);
  try {
    await run(browser.page);
  } finally {
    await browser.close();
  }
}

test('an English browser gets the page in English, and the page follows the planner', async () => {
  await withBrowser({ locale: 'en-US' }, async (page) => {
    const errors = recordConsoleErrors(page);
    await page.goto(server.url('/'));
    await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
    await startFromExample(page);
    let seen = await read(page);
    assert.equal(seen.lang, 'en');
    assert.equal(seen.title, 'Boussole — online sales targets');
    assert.match(seen.description, /^Boussole: set your online sales targets/);
    assert.equal(seen.header.length, 1);
    assert.match(seen.header[0], /^Your online sales targets, channel by channel/);
    assert.deepEqual(seen.footer, ['Boussole — SMART method, feasible CPA and ROAS, quarterly milestones. No cookies, no data sent.']);
    assert.deepEqual(seen.tabs, ['Plan', 'Quarterly review']);

    // The visitor switches the planner to French: the page follows.
    await page.locator('[name="locale"]').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    seen = await read(page);
    assert.equal(seen.title, 'Boussole — objectifs commerciaux en ligne');
    assert.match(seen.header[0], /^Vos objectifs commerciaux en ligne/);
    assert.equal(seen.header.length, 1);
    assert.deepEqual(seen.tabs, ['Plan', 'Revue trimestrielle']);

    // The plan was saved in French: on the next visit the page follows the planner, not the browser.
    await page.reload();
    await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    assert.deepEqual((await read(page)).tabs, ['Plan', 'Revue trimestrielle']);
    assert.deepEqual(errors, []);
  });
});

test('a French browser gets the page in French', async () => {
  await withBrowser({ locale: 'fr-FR' }, async (page) => {
    await page.goto(server.url('/'));
    await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
    const seen = await read(page);
    assert.equal(seen.lang, 'fr');
    assert.equal(seen.title, 'Boussole — objectifs commerciaux en ligne');
    assert.match(seen.description, /^Boussole\u202f: fixez vos objectifs/);
    assert.equal(seen.header.length, 1);
    assert.match(seen.header[0], /^Vos objectifs commerciaux en ligne, canal par canal\u202f: le trafic/);
    assert.deepEqual(seen.footer, ['Boussole — méthode SMART, CPA et ROAS faisables, paliers trimestriels. Aucun cookie, aucun envoi de données.']);
    assert.deepEqual(seen.tabs, ['Plan', 'Revue trimestrielle']);
  });
});

test('without JavaScript the page is French', async () => {
  await withBrowser({ locale: 'en-US', javaScriptEnabled: false }, async (page) => {
    await page.goto(server.url('/'));
    const seen = await read(page);
    assert.equal(seen.lang, 'fr');
    assert.equal(seen.header.length, 1);
    assert.match(seen.header[0], /^Vos objectifs commerciaux en ligne/);
    assert.equal(seen.footer.length, 1);
  });
});
