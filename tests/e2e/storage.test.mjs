// What the planner keeps in this browser when storage is odd ([14]): a stored plan it cannot
// read is never erased by the first visit's choice, a frame whose storage is blocked says so
// and still plans, and two tabs of one plan each pick up what the other saved.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, startServer } from './helpers.mjs';
import { waitReady, control, currentPlan } from './planner-helpers.mjs';

const KEY = 'boussole:v1:plan';

let h;
before(async () => {
  h = await openHarness({ browser: { viewport: { width: 1280, height: 900 } } });
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  h.consoleErrors.length = 0;
  await h.page.goto(h.server.url('/'));
  await waitReady(h.page);
  await h.page.evaluate(() => localStorage.clear());
});

/** What the planner stored, as JSON. */
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

test('a stored plan the page cannot read is said, and the first choice does not erase it', async () => {
  const { page, server } = h;
  // A plan cut short mid-write, or edited by hand: no form this page can read.
  const raw = '{"version": 3, "form": {"averageOrderValue": "91", "channels": [{"label": "Mon SEO"';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, raw]);
  await page.goto(server.url('/'));
  await waitReady(page);
  const notice = page.locator('.bp-welcome-notice');
  await notice.filter({ hasText: /n’a pas pu être relu.*n’est pas effacé/ }).waitFor();
  await page.locator('[data-action="start-example"]').click();
  await page.locator('[data-testid="target-revenue"]').first().waitFor();
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"form":{'), KEY);
  assert.deepEqual((await stored(page)).unread, [raw]);
  // Typing on keeps it too.
  await control(page, 'averageOrderValue').fill('77');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).form.averageOrderValue === '77', KEY);
  assert.deepEqual((await stored(page)).unread, [raw]);
  assert.deepEqual(h.consoleErrors, []);
});

test('in a frame sandboxed without allow-same-origin, the planner says it cannot keep the plan, and plans', async () => {
  // The frame's origin is opaque: its scripts are fetched with CORS, as from a CDN.
  const boussole = await startServer(undefined, { cors: true });
  const host = await startServer(undefined, {
    pages: {
      '/sandboxed.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sandboxed</title>
        <link rel="icon" href="data:,"></head>
        <body><iframe sandbox="allow-scripts" src="${boussole.url('/embed.html')}" title="Boussole"
          style="width:1200px;height:850px;border:0"></iframe></body></html>`,
    },
  });
  try {
    const { page } = h;
    await page.goto(host.url('/sandboxed.html'));
    const frame = page.frameLocator('iframe');
    const notice = /ne laisse pas cette page garder votre plan.*copiez son lien ou exportez-le/;
    await frame.locator('.bp-welcome-notice').filter({ hasText: notice }).waitFor();
    // Reading the property itself throws there.
    const thrown = await page.frames()[1].evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (error) {
        return error.name;
      }
    });
    assert.equal(thrown, 'SecurityError');
    await frame.locator('[data-action="start-example"]').click();
    // Still in sight once chosen, and the planner plans.
    await frame.locator('#bp-err-form').filter({ hasText: notice }).waitFor();
    const revenue = frame.locator('[data-testid="target-revenue"]').first();
    const before = await revenue.getAttribute('data-value');
    await frame.locator('[name="averageOrderValue"]').fill('95');
    await frame.locator(`[data-testid="target-revenue"]:not([data-value="${before}"])`).first().waitFor();
    // Said once: typing on does not repeat it, nor say that a save failed.
    assert.doesNotMatch(await frame.locator('#bp-err-form').textContent(), /n’a pas pu enregistrer/);
  } finally {
    await host.close();
    await boussole.close();
  }
});

test('two tabs of one plan: each picks up what the other saved, and a reload keeps both edits', async () => {
  const { page: a, server } = h;
  await a.goto(server.url('/'));
  await waitReady(a);
  await a.locator('[data-action="start-example"]').click();
  await a.locator('[data-testid="target-revenue"]').first().waitFor();
  await a.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const b = await h.browser.context.newPage();
  try {
    await b.goto(server.url('/'));
    await waitReady(b);
    await control(a, 'averageOrderValue').fill('91');
    await a.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).form.averageOrderValue === '91', KEY);
    // B had nothing left to save: it shows A's plan, and says so calmly.
    await b.locator('#bp-err-form[data-tone="info"]').filter({ hasText: /modifié dans un autre onglet/ }).waitFor();
    assert.equal(await control(b, 'averageOrderValue').inputValue(), '91');
    await control(b, 'channels[0].label').fill('Mon SEO');
    await b.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).form.channels[0].label === 'Mon SEO', KEY);
    // A picks up B's edit in turn.
    await a.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot
      .querySelector('[name="channels[0].label"]').value === 'Mon SEO');
    await a.reload();
    await waitReady(a);
    assert.equal(await control(a, 'averageOrderValue').inputValue(), '91');
    assert.equal(await control(a, 'channels[0].label').inputValue(), 'Mon SEO');
    assert.equal((await currentPlan(a)).averageOrderValue, 91);
  } finally {
    await b.close();
  }
  assert.deepEqual(h.consoleErrors, []);
});
