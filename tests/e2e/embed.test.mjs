// Boussole on someone else's site: the two-line snippet on a page of another origin with a
// hostile stylesheet, two planners on one page, the boussole-change event, attributes, the
// iframe embed with its resizing script, the iframe alone (no script on the host: a fixed
// height, the planner scrolls inside) and embed.html's theme parameters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, foreignRequests, recordRequests, recordConsoleErrors, TMP } from './helpers.mjs';

const HOSTILE_CSS = `
  * { color: red !important; font-size: 31px !important; font-family: "Comic Sans MS", fantasy !important;
      letter-spacing: 3px !important; box-sizing: content-box !important; }
  input, select, button, table, svg, section { display: none !important; }
  div { border: 9px solid lime !important; margin: 40px !important; }
  .bp-app, .bp-results, .bp-section, .bp-form-slot { display: none !important; }
  [data-testid] { visibility: hidden !important; }
  boussole-planner { --bp-fg: red; }
`;

/** The README's fixed size for a frame without frame.js. */
const SNIPPET_STYLE = 'width:100%;height:85vh;border:0';

let boussole; // the origin that hosts Boussole (like a CDN)
let host;     // a blog on another origin
let browser;
let page;
let requests;
let consoleErrors;

before(async () => {
  boussole = await startServer(undefined, { cors: true });
  const script = boussole.url('/boussole.js');
  const plan = JSON.stringify({
    locale: 'en', currency: 'USD', start: { year: 2028, quarter: 2 }, averageOrderValue: 50, grossMarginRate: 0.5,
    goal: { growthRate: 0.2 },
    channels: [{ id: 'seo', label: 'Organic', kind: 'seo', sessionsPerMonth: 10000, conversionRate: 0.02 }],
  }).replaceAll('"', '&quot;');
  host = await startServer(undefined, {
    pages: {
      '/blog.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title>
        <link rel="icon" href="data:,">
        <style>${HOSTILE_CSS}</style>
        <script type="module" src="${script}"></script></head>
        <body><h1>My shop's blog</h1><p class="bp-section bp-app" id="own">Our own paragraph.</p>
        <boussole-planner id="first" lang="fr" currency="EUR" start="example"></boussole-planner>
        <boussole-planner id="second" lang="en" plan="${plan}" storage="none" compact></boussole-planner>
        </body></html>`,
      '/framed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title>
        <link rel="icon" href="data:,">
        <script src="${boussole.url('/frame.js')}" defer></script></head>
        <body><h1>Framed planner</h1>
        <iframe data-boussole src="${boussole.url('/embed.html?lang=en&currency=GBP&storage=none&start=example')}" title="Boussole" height="150"></iframe>
        </body></html>`,
      // The README's script-free snippet, as a CMS that strips every <script> leaves it.
      '/no-script.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No script</title>
        <link rel="icon" href="data:,"></head>
        <body><h1>A post</h1>
        <iframe src="${boussole.url('/embed.html?lang=en&storage=none&start=example')}" title="Boussole" loading="lazy" style="${SNIPPET_STYLE}"></iframe>
        </body></html>`,
      // The same snippet with frame.js beside it: the script still fits the frame to its content.
      '/snippet-and-script.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Both</title>
        <link rel="icon" href="data:,">
        <script src="${boussole.url('/frame.js')}" defer></script></head>
        <body><h1>A post</h1>
        <iframe data-boussole src="${boussole.url('/embed.html?lang=en&storage=none&start=example')}" title="Boussole" loading="lazy" style="${SNIPPET_STYLE}"></iframe>
        </body></html>`,
    },
  });
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  page = browser.page;
  requests = recordRequests(browser.context);
  consoleErrors = recordConsoleErrors(page);
});

after(async () => {
  await browser?.close();
  await host?.close();
  await boussole?.close();
});

const inPlanner = (id, fn, arg) =>
  page.evaluate(([id, fnText, arg]) => {
    const root = document.getElementById(id).shadowRoot;
    return new Function('root', 'arg', fnText)(root, arg);
  }, [id, fn, arg]);

test('the snippet works on another origin, despite a hostile stylesheet', async () => {
  await page.goto(host.url('/blog.html'));
  await page.waitForSelector('#first[data-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('#second[data-ready="true"]', { timeout: 30_000 });

  // It computed, with its own styles: the host's !important rules do not reach the shadow root.
  const first = await inPlanner('first', `
    const target = root.querySelector('[data-testid="target-revenue"]');
    const input = root.querySelector('[name="averageOrderValue"]');
    const style = getComputedStyle(target);
    return { value: Number(target.dataset.value), text: target.textContent, visibility: style.visibility,
             color: style.color, inputDisplay: getComputedStyle(input).display,
             font: getComputedStyle(input).fontFamily, size: getComputedStyle(input).fontSize };`);
  assert.ok(first.value > 0);
  assert.match(first.text, /€/);
  assert.equal(first.visibility, 'visible');
  assert.notEqual(first.color, 'rgb(255, 0, 0)');
  assert.notEqual(first.inputDisplay, 'none');
  assert.doesNotMatch(first.font, /Comic/);
  assert.notEqual(first.size, '31px');

  // Ours do not leak out: the host's own element with our class names keeps the host's styles.
  const own = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById('own'));
    return { display: s.display, color: s.color };
  });
  assert.equal(own.display, 'none'); // the host's own (hostile) rule, not our .bp-app grid
  assert.equal(own.color, 'rgb(255, 0, 0)');

  // Every request went to the page's origin or to Boussole's, nowhere else.
  const elsewhere = foreignRequests(requests, host.origin).filter((r) => new URL(r.url).origin !== boussole.origin);
  assert.deepEqual(elsewhere, []);
  assert.ok(requests.some((r) => r.url === boussole.url('/pkg/boussole_bg.wasm.gz')));
  assert.deepEqual(consoleErrors, []);
});

test('attributes: lang, currency, plan, storage="none", compact', async () => {
  const second = await inPlanner('second', `
    const t = root.querySelector('[data-testid="target-revenue"]');
    return { value: Number(t.dataset.value), text: t.textContent, lang: root.querySelector('.bp-app').lang,
             aov: root.querySelector('[name="averageOrderValue"]').value };`);
  // The plan attribute: 10 000 sessions × 12 × 2 % × $50 = $120,000, +20 %.
  assert.equal(second.value, 144000);
  assert.match(second.text, /^\$144,000$/);
  assert.equal(second.lang, 'en');
  assert.equal(second.aov, '50');
  const first = await inPlanner('first', `return root.querySelector('.bp-app').lang;`);
  assert.equal(first, 'fr');
  assert.equal(await page.locator('#second').evaluate((el) => el.hasAttribute('compact')), true);
  // storage="none": only the first planner saved anything.
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['boussole:v1:first']);
});

test('two planners work independently and tell the host page what changed', async () => {
  const events = await page.evaluate(() => {
    window.__events = [];
    document.addEventListener('boussole-change', (e) => window.__events.push({ id: e.target.id, detail: e.detail }));
    return window.__events.length;
  });
  assert.equal(events, 0);
  const secondBefore = await inPlanner('second', `return root.querySelector('[data-testid="target-revenue"]').dataset.value;`);
  await page.locator('#first [name="averageOrderValue"]').fill('100');
  // The event comes once typing pauses.
  await page.waitForFunction(() => window.__events.length > 0);
  await page.waitForTimeout(400);
  const got = await page.evaluate(() => window.__events);
  assert.equal(got.length, 1);
  assert.equal(got[0].id, 'first');
  assert.equal(got[0].detail.plan.averageOrderValue, 100);
  const firstValue = await inPlanner('first', `return Number(root.querySelector('[data-testid="target-revenue"]').dataset.value);`);
  assert.equal(got[0].detail.targetRevenue, firstValue);
  assert.equal(typeof got[0].detail.summary, 'string');
  // The other planner did not move.
  assert.equal(await inPlanner('second', `return root.querySelector('[data-testid="target-revenue"]').dataset.value;`), secondBefore);
  assert.equal(await page.locator('#second [name="averageOrderValue"]').inputValue(), '50');
});

test('the iframe embed computes and the host script fits the frame to its content', async () => {
  await page.goto(host.url('/framed.html'));
  const frame = page.frameLocator('iframe[data-boussole]');
  await frame.locator('[data-testid="target-revenue"]').waitFor({ timeout: 30_000 });
  assert.match(await frame.locator('[data-testid="target-revenue"]').textContent(), /£/);
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 1000);
  const height = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  // A message that does not come from the frame is ignored.
  await page.evaluate(() => window.postMessage({ type: 'boussole:height', height: 12 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height), height);
  // [6] The frame shrinks too: the review view without closed quarters is far shorter.
  await frame.locator('#bp-tab-review').click();
  await page.waitForFunction((tall) => document.querySelector('iframe').getBoundingClientRect().height < tall - 200, height);
  await page.waitForTimeout(300);
  const shrunk = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  const content = await frame.locator('boussole-planner').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(Math.abs(shrunk - Math.ceil(content)) <= 2, `frame ${shrunk} px around ${content} px of planner`);
});

test('[6] a plan URL is only a same-origin .json file, fetched without cookies', async () => {
  const dir = join(TMP, 'plan-url-site');
  mkdirSync(join(dir, 'plans'), { recursive: true });
  const plan = {
    locale: 'en', currency: 'EUR', start: { year: 2028, quarter: 1 }, averageOrderValue: 123, grossMarginRate: 0.5,
    goal: { growthRate: 0.2 },
    channels: [{ id: 'seo', label: 'Organic', kind: 'seo', sessionsPerMonth: 10000, conversionRate: 0.02 }],
  };
  writeFileSync(join(dir, 'plans', 'shop.json'), JSON.stringify(plan));
  const site = await startServer(dir, {
    pages: {
      '/planners.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plans</title>
        <link rel="icon" href="data:,">
        <script type="module" src="${boussole.url('/boussole.js')}"></script></head>
        <body><boussole-planner id="from-file" plan="/plans/shop.json" storage="none"></boussole-planner>
        <boussole-planner id="from-path" plan="/account/delete?confirm=1" storage="none"></boussole-planner>
        </body></html>`,
    },
  });
  try {
    await browser.context.addCookies([{ name: 'session', value: 'secret', url: site.origin }]);
    const seen = [];
    const onRequest = (request) => {
      if (request.url().startsWith(site.origin)) seen.push(request.allHeaders().then((h) => ({ path: new URL(request.url()).pathname, cookie: h.cookie })));
    };
    page.on('request', onRequest);
    await page.goto(site.url('/planners.html'));
    await page.waitForSelector('#from-file[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('#from-path[data-ready="true"]', { timeout: 30_000 });
    page.off('request', onRequest);
    const requests = await Promise.all(seen);
    assert.equal(await page.locator('#from-file').evaluate((el) => el.plan.averageOrderValue), 123);
    const file = requests.find((r) => r.path === '/plans/shop.json');
    assert.ok(file, 'the plan file is fetched');
    assert.equal(file.cookie, undefined, 'without the site\'s cookies');
    assert.ok(!requests.some((r) => r.path.startsWith('/account')), 'no request to a path that is not a .json file');
    // A plan attribute that names no plan file: the visitor's first-visit choice, no plan yet.
    assert.equal(await page.locator('#from-path').evaluate((el) => el.plan), null);
    assert.equal(await page.locator('#from-path .bp-welcome').isVisible(), true);
  } finally {
    await browser.context.clearCookies();
    await site.close();
  }
});

test('without any script on the host, the frame keeps its fixed height and the planner scrolls inside', async () => {
  await page.goto(host.url('/no-script.html'));
  const frame = page.frameLocator('iframe');
  await frame.locator('boussole-planner[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300); // any resizing would have happened by now
  const box = await page.evaluate(() => {
    const r = document.querySelector('iframe').getBoundingClientRect();
    return { width: r.width, height: r.height, page: document.documentElement.clientWidth, vh: innerHeight };
  });
  assert.equal(box.height, Math.round(box.vh * 0.85)); // 85vh of the host's window
  assert.equal(box.width, box.page - 16); // 100% of the body (8px margins)

  const inside = page.frames().find((f) => f.url().includes('/embed.html'));
  const scroll = await inside.evaluate(async () => {
    const doc = document.scrollingElement;
    const planner = document.querySelector('boussole-planner');
    const before = { scrollHeight: doc.scrollHeight, clientHeight: doc.clientHeight };
    window.scrollTo(0, doc.scrollHeight);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { ...before, scrollY: window.scrollY, bottom: planner.getBoundingClientRect().bottom, innerHeight };
  });
  assert.ok(scroll.scrollHeight > scroll.clientHeight + 500, `the planner (${scroll.scrollHeight} px) is taller than the frame (${scroll.clientHeight} px)`);
  assert.equal(scroll.scrollY, scroll.scrollHeight - scroll.clientHeight, 'the frame scrolls to its end');
  assert.ok(Math.abs(scroll.bottom - scroll.innerHeight) <= 1, `the planner's bottom (${scroll.bottom}) shows at the frame's (${scroll.innerHeight})`);
  assert.deepEqual(consoleErrors, []);
});

test('the same snippet with frame.js: the frame fits the planner and nothing scrolls inside', async () => {
  await page.goto(host.url('/snippet-and-script.html'));
  const frame = page.frameLocator('iframe[data-boussole]');
  await frame.locator('boussole-planner[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 1000);
  const height = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  const inside = page.frames().find((f) => f.url().includes('/embed.html'));
  const doc = await inside.evaluate(() => ({
    scrollHeight: document.scrollingElement.scrollHeight,
    planner: Math.ceil(document.querySelector('boussole-planner').getBoundingClientRect().height),
  }));
  assert.ok(Math.abs(height - doc.planner) <= 2, `frame ${height} px around ${doc.planner} px of planner`);
  assert.ok(doc.scrollHeight <= height + 1, 'no scrolling inside');
});

test('embed.html takes theme colours as parameters, set under its CSP', async () => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  const theme = async (query) => {
    await page.goto(boussole.url(`/embed.html?storage=none&start=example&${query}`));
    await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
    return page.evaluate(() => {
      const planner = document.querySelector('boussole-planner');
      const button = planner.shadowRoot.querySelector('.bp-btn');
      const tab = planner.shadowRoot.querySelector('.bp-tab');
      return {
        button: getComputedStyle(button).color,
        background: getComputedStyle(planner).backgroundColor,
        text: getComputedStyle(planner).color,
        radius: getComputedStyle(tab).borderTopLeftRadius,
        font: getComputedStyle(planner).fontFamily,
        inline: planner.style.cssText,
        body: getComputedStyle(document.body).display,
        violations: window.__violations,
      };
    });
  };

  const plain = await theme('lang=en');
  assert.equal(plain.inline, '');

  const themed = await theme('accent=aa0000&bg=%23fafafa&fg=222&font=serif&radius=0');
  assert.equal(themed.button, 'rgb(170, 0, 0)');
  assert.equal(themed.background, 'rgb(250, 250, 250)');
  assert.equal(themed.text, 'rgb(34, 34, 34)');
  assert.equal(themed.font, 'serif');
  assert.equal(themed.radius, '0px');
  assert.notEqual(plain.radius, '0px');
  assert.deepEqual(themed.violations, [], 'the CSP allows properties set through the CSSOM');

  // A colour's name is a colour; anything that is not a plain colour (or radius, or generic
  // font family) is ignored: the planner keeps its own theme.
  assert.equal((await theme('accent=rebeccapurple')).button, 'rgb(102, 51, 153)');
  const hostile = await theme([
    'accent=red;}body{display:none', 'bg=url(https://example.com/x.png)', 'fg=inherit',
    'muted=%23fff;color:red', 'radius=1px;x', 'font=Comic Sans MS', 'line=expression(alert(1))', 'surface=red%20!important',
  ].join('&'));
  assert.equal(hostile.inline, '');
  assert.equal(hostile.button, plain.button);
  assert.equal(hostile.background, plain.background);
  assert.equal(hostile.font, plain.font);
  assert.equal(hostile.radius, plain.radius);
  assert.equal(hostile.body, 'block');
  assert.deepEqual(hostile.violations, []);
  assert.ok(!requests.some((r) => /^https?:/.test(r.url) && new URL(r.url).hostname === 'example.com'), 'no request from a parameter');
});
