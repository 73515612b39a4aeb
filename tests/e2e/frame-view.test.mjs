// The README's iframe snippet on a blog of another origin: frame.js makes the frame as tall as
// the planner (thousands of pixels), so the frame's own bottom lies far below the host's
// window. The visitor who scrolled to the middle of the planner still sees the summary bar
// and the notice of a copy (« Copié ») in the host's window. frame.js tells the frame which
// part of it shows, in numbers, at the frame's origin only; embed.js hears its parent only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, foreignRequests, recordRequests, recordConsoleErrors } from './helpers.mjs';

let boussole; // Boussole's files, like a CDN
let host;     // a blog on another origin
let browser;
let page;
let requests;
let consoleErrors;

before(async () => {
  boussole = await startServer(undefined, { cors: true });
  const filler = (words) => `<p>${'Lorem ipsum dolor sit amet. '.repeat(words)}</p>`;
  host = await startServer(undefined, {
    pages: {
      '/post.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Un article</title>
        <link rel="icon" href="data:,">
        <script src="${boussole.url('/frame.js')}" defer></script></head>
        <body><h1>Planifier son année</h1>${filler(200)}
        <iframe data-boussole src="${boussole.url('/embed.html?lang=fr&storage=none&start=example')}" title="Boussole : objectifs commerciaux" allow="clipboard-write"></iframe>
        ${filler(200)}</body></html>`,
    },
  });
  browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  page = browser.page;
  for (const origin of [host.origin, boussole.origin]) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  requests = recordRequests(browser.context);
  consoleErrors = recordConsoleErrors(page);
});

after(async () => {
  await browser?.close();
  await host?.close();
  await boussole?.close();
});

/** The rectangle of `selector` inside the planner's shadow root, in the host's coordinates. */
const inHost = (frame, selector) => frame.locator('boussole-planner').evaluate((planner, s) => {
  const r = planner.shadowRoot.querySelector(s).getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, height: r.height };
}, selector).then(async (r) => {
  const frameTop = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top);
  return { top: r.top + frameTop, bottom: r.bottom + frameTop, height: r.height };
});

const inWindow = (r, innerHeight) => r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;

/** Polls `check` (a promise of a boolean) until it holds, or gives up after `tries` frames. */
async function eventually(check, tries = 100) {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
  return check();
}

test('in a frame taller than the window, the summary bar and a copy\'s notice show in the host\'s window', async () => {
  await page.goto(host.url('/post.html'));
  const frame = page.frameLocator('iframe[data-boussole]');
  await frame.locator('boussole-planner[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 4000);
  const innerHeight = await page.evaluate(() => innerHeight);
  const inside = page.frames().find((f) => f.url().includes('/embed.html'));
  // The frame grows as its sections are laid out: wait until it fits the planner and stays so.
  const sizes = async () => [
    Math.round(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height)),
    Math.ceil(await inside.evaluate(() => document.querySelector('boussole-planner').getBoundingClientRect().height)),
  ];
  let last = '';
  assert.ok(await eventually(async () => {
    const [outer, planner] = await sizes();
    const now = `${outer}/${planner}`;
    const settled = Math.abs(outer - planner) <= 1 && now === last;
    last = now;
    return settled;
  }, 300), `the frame does not settle: ${last}`);

  // Two copies, each button brought into the host's window, the frame running far past it:
  // the first copy button of the results (the objectives) three quarters down the window, and
  // « Copier le lien » after the results, half way down (the frame's top thousands of pixels
  // above). Every copy button sits in the frame's lower part (the exports wait after
  // the results).
  const cases = [
    ['the results\' first copy button', '.bp-results [data-action^="copy"]', 0.75, /copié/i],
    ['« Copier le lien » after the results', '.bp-share [data-action="copy-link"]', 0.5, /Lien copié/],
  ];
  for (const [what, selector, at, said] of cases) {
    const y = await inside.evaluate((s) => {
      const root = document.querySelector('boussole-planner').shadowRoot;
      root.querySelector('[data-probe]')?.removeAttribute('data-probe');
      const button = root.querySelector(s);
      button.dataset.probe = 'copy';
      root.querySelector('.bp-toast').textContent = '';
      return button.getBoundingClientRect().top;
    }, selector);
    await page.evaluate(([y, at]) => {
      const top = document.querySelector('iframe').getBoundingClientRect().top + scrollY;
      window.scrollTo(0, top + y - innerHeight * at);
    }, [y, at]);
    const frameBox = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().toJSON());
    assert.ok(frameBox.top < -1000 || frameBox.bottom > innerHeight + 1000, `${what}: the frame is not much taller than the window: ${JSON.stringify(frameBox)}`);

    // The notice of the copy shows in the window…
    await frame.locator('[data-probe="copy"]').click();
    await frame.locator('.bp-toast').filter({ hasText: said }).waitFor();
    const toast = await eventually(async () => inWindow(await inHost(frame, '.bp-toast'), innerHeight));
    assert.ok(toast, `${what}: the notice is off screen: ${JSON.stringify(await inHost(frame, '.bp-toast'))} (window ${innerHeight} px)`);
    // …and so does the summary bar.
    const bar = await eventually(async () => inWindow(await inHost(frame, '.bp-glance'), innerHeight));
    assert.ok(bar, `${what}: the summary bar is off screen: ${JSON.stringify(await inHost(frame, '.bp-glance'))}`);
    // Clicking did not scroll the host page.
    assert.equal(Math.round(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().top)), Math.round(frameBox.top), `${what}: the host page scrolled`);
  }
  assert.deepEqual(foreignRequests(requests, host.origin).filter((r) => new URL(r.url).origin !== boussole.origin), []);
  assert.deepEqual(consoleErrors, []);
});

test('the frame hears only its parent, and only numbers', async () => {
  const inside = page.frames().find((f) => f.url().includes('/embed.html'));
  const below = () => inside.evaluate(() => document.querySelector('boussole-planner').style.getPropertyValue('--bp-frame-below'));
  const before = await below();
  assert.match(before, /^\d+px$/);
  // From the frame itself, from the parent with text, or with CSS in it: all ignored.
  await inside.evaluate(() => window.postMessage({ type: 'boussole:view', top: 0, height: 1 }, '*'));
  await page.evaluate(() => {
    const target = document.querySelector('iframe').contentWindow;
    target.postMessage({ type: 'boussole:view', top: '0', height: '1' }, '*');
    target.postMessage({ type: 'boussole:view', top: 0, height: '1px; color: red' }, '*');
    target.postMessage({ type: 'boussole:view', top: -5, height: Infinity }, '*');
  });
  // A last, valid one from the parent is heard: the ones before it were read first, and ignored.
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ type: 'boussole:view', top: 0, height: 7 }, '*'));
  await inside.waitForFunction((old) => document.querySelector('boussole-planner').style.getPropertyValue('--bp-frame-below') !== old, before);
  const height = await inside.evaluate(() => innerHeight);
  assert.equal(await below(), `${height - 7}px`);
  assert.deepEqual(consoleErrors, []);
});
