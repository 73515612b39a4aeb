// [14] Share links and files from elsewhere, as an adversary or an e-mail client makes them:
// a link cut inside a `%XX` escape, a deflate bomb in a `#z=` link, a file far larger than a
// plan. Each is refused with a sentence that says why, and the page stays responsive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { openHarness, TMP } from './helpers.mjs';
import { openPlanner, waitReady, targetRevenue, currentPlan } from './planner-helpers.mjs';

let h;
before(async () => {
  h = await openHarness();
  // Before any script of the page: a heartbeat on the main thread that records the longest
  // gap between its beats, and DecompressionStream counting the bytes the page takes out of it.
  await h.browser.context.addInitScript(() => {
    window.__gaps = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      window.__gaps.push(now - last);
      last = now;
    }, 10);
    window.__expanded = 0;
    const Native = globalThis.DecompressionStream;
    // Links only (deflate-raw): the engine itself comes gzipped.
    globalThis.DecompressionStream = class extends Native {
      constructor(format) {
        super(format);
        this.link = format === 'deflate-raw';
      }

      get readable() {
        if (!this.link) return super.readable;
        const count = new TransformStream({
          transform(chunk, out) {
            window.__expanded += chunk.byteLength;
            out.enqueue(chunk);
          },
        });
        return super.readable.pipeThrough(count);
      }
    };
  });
});
after(async () => {
  await h?.close();
});

/** The most a plan's text may weigh (session::MAX_PLAN_BYTES, MAX_PLAN_BYTES in boussole.js). */
const MAX_PLAN_BYTES = 1024 * 1024;

const root = (page, selector) => page.evaluate((s) => {
  const el = document.querySelector('boussole-planner').shadowRoot.querySelector(s);
  return el && el.getClientRects().length > 0 ? el.textContent : null;
}, selector);

/** The notice a visitor sees: beside the first visit's choice, or above the results. */
const seenNotice = async (page) => (await root(page, '.bp-welcome .bp-general-error')) ?? (await root(page, '.bp-general-error'));
const said = (page) => page.evaluate(() => document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-live').textContent);

/** The longest gap of the heartbeat since `from` beats ago, in milliseconds. */
const longestGap = (page, from = 0) => page.evaluate((k) => Math.max(0, ...window.__gaps.slice(k)), from);
const beats = (page) => page.evaluate(() => window.__gaps.length);

/** A fresh visit (nothing saved) of `hash`, waiting until the planner has started. */
async function firstVisit(hash) {
  const { page, server } = h;
  await page.goto(server.url('/'));
  await waitReady(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(server.url('/' + hash));
  await waitReady(page);
  return page;
}

test('[14] a link cut inside a %XX escape says it holds no readable plan, on a first visit as with a plan', async () => {
  /** The notice of `hash` opened in a browser that holds a plan of the visitor's. */
  const withPlan = async (hash) => {
    const page = await openPlanner(h);
    await page.goto('about:blank');
    await page.goto(h.server.url('/' + hash));
    await waitReady(page);
    assert.equal(new URL(page.url()).hash, '', `${hash}: the address forgets the link`);
    return seenNotice(page);
  };
  // What any unreadable link says (a `{` and no more).
  const unreadable = await withPlan('#plan=%7B');
  assert.match(unreadable ?? '', /ne contient pas de plan lisible.*Voici votre plan/);
  for (const cut of ['#plan=%E0%A4%A', '#plan=%7B%22locale%22%3A%22fr%22%2C%22cur%']) {
    // A plan of their own: the notice above it, the same as for any unreadable link.
    assert.equal(await withPlan(cut), unreadable, cut);
    // A first visit: the notice beside the choice of a start, seen and said.
    const first = await firstVisit(cut);
    const notice = await seenNotice(first);
    assert.match(notice ?? '', /ne contient pas de plan lisible.*coupé/, cut);
    assert.doesNotMatch(notice, /Voici votre plan/, `${cut}: there is no plan of theirs to show`);
    assert.equal(await said(first), notice);
    assert.notEqual(await root(first, '[data-action="start-example"]'), null, 'the choice stays');
    // Pasted in the address of the open page, on the first visit's choice.
    await first.evaluate((hash) => { location.hash = hash; }, '#plan=%7B');
    await first.waitForFunction(() => location.hash === '');
    assert.match(await seenNotice(first) ?? '', /ne contient pas de plan lisible/);
  }
  assert.deepEqual(h.consoleErrors, []);
});

test('[14] a deflate bomb in a #z= link is expanded only up to the cap, said too large, the page responsive', async () => {
  // 50 MB of spaces: 50 KB once compressed, a 68 KB link.
  const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024, ' '), { level: 9 });
  const link = '#z=' + bomb.toString('base64url');
  assert.ok(link.length < 100_000, `${link.length}`);
  const tooLarge = /Le lien ouvert est trop volumineux.*plus de 1\u00a0Mo/;

  // Opened on a first visit: the choice of a start, with the reason the link was not read.
  const page = await firstVisit(link);
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-welcome .bp-general-error'));
  assert.match(await seenNotice(page) ?? '', tooLarge);
  const expanded = await page.evaluate(() => window.__expanded);
  assert.ok(expanded > MAX_PLAN_BYTES, `${expanded}: the cap was reached`);
  assert.ok(expanded < MAX_PLAN_BYTES + 512 * 1024, `${expanded} bytes expanded: not stopped at the cap`);
  assert.equal(new URL(page.url()).hash, '');
  // From the page's first script on: its start (the engine, the first view) and the link.
  const start = await longestGap(page);
  assert.ok(start < 1000, `the main thread stopped for ${Math.round(start)} ms`);

  // Pasted in the address of an open planner: the main thread keeps its beat while the link
  // is expanded, refused and said.
  const open = await openPlanner(h);
  const revenue = await targetRevenue(open);
  const plan = await currentPlan(open);
  await open.evaluate(() => { window.__expanded = 0; });
  const from = await beats(open);
  await open.evaluate((hash) => { location.hash = hash; }, link);
  await open.waitForFunction(() => /volumineux/.test(document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-general-error').textContent));
  // A few more beats, so that a freeze right after the notice would be seen too.
  const after = (await beats(open)) + 5;
  await open.waitForFunction((n) => window.__gaps.length >= n, after);
  const gap = await longestGap(open, from);
  assert.ok(gap < 500, `the main thread stopped for ${Math.round(gap)} ms`);
  assert.match(await seenNotice(open), /trop volumineux.*Voici votre plan/);
  const expandedThen = await open.evaluate(() => window.__expanded);
  assert.ok(expandedThen < MAX_PLAN_BYTES + 512 * 1024, `${expandedThen} bytes expanded`);
  // The visitor's plan is untouched.
  assert.equal(await targetRevenue(open), revenue);
  assert.deepEqual(await currentPlan(open), plan);
  assert.deepEqual(h.consoleErrors, []);
});

test('[14] an import file larger than a plan can be is refused unread, said too large; one just under it imports', async () => {
  const page = await openPlanner(h);
  const plan = await currentPlan(page);
  const big = join(TMP, 'forty-megabytes.json');
  // A plan, then 40 MB of spaces: valid JSON, but no plan is that large.
  const text = JSON.stringify({ ...plan, averageOrderValue: 81 });
  writeFileSync(big, text + ' '.repeat(40 * 1024 * 1024));
  const from = await beats(page);
  await page.locator('.bp-import').setInputFiles(big);
  await page.waitForFunction(() => document.querySelector('boussole-planner').shadowRoot.querySelector('.bp-general-error').textContent !== '');
  const notice = await seenNotice(page);
  assert.match(notice, /Ce fichier est trop volumineux pour être un plan Boussole \(plus de 1\u00a0Mo\)/);
  const after = (await beats(page)) + 5;
  await page.waitForFunction((n) => window.__gaps.length >= n, after);
  const gap = await longestGap(page, from);
  assert.ok(gap < 500, `the main thread stopped for ${Math.round(gap)} ms`);
  assert.deepEqual(await currentPlan(page), plan, 'the form is left alone');
  // The same plan in a file just under the cap imports.
  const under = join(TMP, 'just-under-a-megabyte.json');
  writeFileSync(under, text + ' '.repeat(MAX_PLAN_BYTES - Buffer.byteLength(text)));
  await page.locator('.bp-import').setInputFiles(under);
  await page.waitForFunction(() => document.querySelector('boussole-planner').plan?.averageOrderValue === 81);
  assert.deepEqual(h.consoleErrors, []);
});
