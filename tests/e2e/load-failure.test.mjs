// When the engine cannot load, the element says why, in its language, instead of staying an
// empty box: the wasm missing (404), an HTML page served in its place, another origin without
// CORS on the wasm, a host CSP without 'wasm-unsafe-eval', a file cut short. The engine travels
// gzipped and is expanded by the element: whatever type or encoding the server names, it loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, recordConsoleErrors, WWW } from './helpers.mjs';

const WASM = '/pkg/boussole_bg.wasm.gz';

/** A host page with the two-line snippet; `script` is boussole.js's URL, `head` goes first. */
const hostPage = ({ lang = 'fr', planner = '', script = './boussole.js', head = '' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}<title>Host</title>
  <link rel="icon" href="data:,">
  <script type="module" src="${script}"></script></head>
  <body><boussole-planner ${planner}></boussole-planner></body></html>`;

const PAGES = {
  '/fr.html': hostPage(),
  '/en.html': hostPage({ planner: 'lang="en"' }), // the element's lang wins over the page's
};

const servers = [];
let browser;
let page;

const serve = async (options) => {
  const server = await startServer(undefined, { ...options, pages: { ...PAGES, ...options.pages } });
  servers.push(server);
  return server;
};

before(async () => {
  browser = await launchBrowser();
  page = browser.page;
  // The host page's listener, there before the element starts.
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('boussole-error', (e) => window.__errors.push(e.detail));
  });
});

after(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
});

/** Opens `url` and waits for the element's message: {reason, text, role, events, visible}. */
async function failure(url) {
  await page.goto(url);
  await page.waitForSelector('boussole-planner[data-error]', { timeout: 30_000 });
  return page.evaluate(() => {
    const planner = document.querySelector('boussole-planner');
    const alert = planner.shadowRoot.querySelector('[role="alert"]');
    const box = alert.getBoundingClientRect();
    return {
      reason: planner.dataset.error,
      ready: planner.dataset.ready,
      text: alert.textContent,
      children: alert.children.length,
      visible: box.width > 100 && box.height > 10 && getComputedStyle(alert).visibility === 'visible',
      color: getComputedStyle(alert).color,
      events: window.__errors,
    };
  });
}

test('the wasm missing (404): the element says so, in French and in English', async () => {
  const server = await serve({ missing: [WASM] });
  const errors = recordConsoleErrors(page);
  const fr = await failure(server.url('/fr.html'));
  assert.equal(fr.reason, 'missing');
  assert.equal(fr.ready, undefined);
  assert.equal(fr.text, 'Boussole n’a pas pu démarrer\u202f: le fichier boussole_bg.wasm.gz est introuvable sur le serveur (erreur 404). '
    + 'Vérifiez qu’il a été déposé dans le dossier pkg/ à côté de boussole.js.');
  assert.equal(fr.children, 0, 'plain text');
  assert.ok(fr.visible);
  assert.equal(fr.color, 'rgb(164, 14, 38)'); // styled through the CSSOM (inline styles are allowed that way)
  assert.deepEqual(fr.events.map((d) => d.reason), ['missing']);
  assert.equal(fr.events[0].message, fr.text);
  assert.ok(errors.some((e) => e.includes('Boussole: missing')), 'the console keeps the details');

  const en = await failure(server.url('/en.html'));
  assert.equal(en.reason, 'missing');
  assert.equal(en.text, 'Boussole could not start: the file boussole_bg.wasm.gz is not on the server (error 404). '
    + 'Check that it was uploaded to the pkg/ folder beside boussole.js.');
});

test('an HTML page served in place of the wasm is named by its type', async () => {
  // A host that answers every unknown path with its home page.
  const server = await serve({ pages: { [WASM]: '<!doctype html><title>Home</title><p>Welcome' } });
  const fr = await failure(server.url('/fr.html'));
  assert.equal(fr.reason, 'not-wasm');
  assert.match(fr.text, /^Boussole n’a pas pu démarrer\u202f: le serveur a envoyé un fichier text\/html au lieu du fichier boussole_bg\.wasm\.gz\. Vérifiez que ce fichier a été déposé dans le dossier pkg\/ à côté de boussole\.js\.$/);
  const en = await failure(server.url('/en.html'));
  assert.match(en.text, /^Boussole could not start: the server sent a text\/html file instead of the file boussole_bg\.wasm\.gz\. Check that it was uploaded to the pkg\/ folder beside boussole\.js\.$/);
});

test('the engine loads whatever type or encoding the server names, and expanded by the server too', async () => {
  const engine = readFileSync(join(WWW, 'pkg', 'boussole_bg.wasm'));
  for (const options of [
    { mime: { '.gz': 'text/plain' } }, // a wrong type
    { encodings: { '.gz': 'gzip' } }, // gzip named as the encoding: the browser expands it
    { pages: { [WASM]: engine } }, // a host that stored it expanded, under the same name
    { compress: true }, // compressed again on the way
  ]) {
    const server = await serve(options);
    await page.goto(server.url('/fr.html'));
    await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
    assert.equal(await page.locator('boussole-planner').getAttribute('data-error'), null, JSON.stringify(Object.keys(options)));
    assert.deepEqual(await page.evaluate(() => window.__errors), []);
  }
});

test('an engine cut short, gzipped or not, is said to be damaged', async () => {
  const gzipped = readFileSync(join(WWW, 'pkg', 'boussole_bg.wasm.gz'));
  const engine = readFileSync(join(WWW, 'pkg', 'boussole_bg.wasm'));
  for (const cut of [gzipped.subarray(0, gzipped.length >> 1), engine.subarray(0, engine.length >> 1)]) {
    const server = await serve({ pages: { [WASM]: cut } });
    const fr = await failure(server.url('/fr.html'));
    assert.equal(fr.reason, 'damaged');
    assert.equal(fr.text, 'Boussole n’a pas pu démarrer\u202f: le fichier boussole_bg.wasm.gz est abîmé ou incomplet. Déposez-le de nouveau (en mode binaire).');
  }
});

test('Boussole on another origin with CORS on its scripts but not on the wasm', async () => {
  const cdn = await serve({ cors: (path) => !path.endsWith('.wasm.gz') });
  const blog = await serve({
    pages: {
      '/fr.html': hostPage({ script: cdn.url('/boussole.js') }),
      '/en.html': hostPage({ lang: 'en', script: cdn.url('/boussole.js') }), // the page's lang
    },
  });
  const fr = await failure(blog.url('/fr.html'));
  assert.equal(fr.reason, 'network');
  assert.match(fr.text, /^Boussole n’a pas pu démarrer\u202f: le fichier boussole_bg\.wasm\.gz n’a pas pu être téléchargé\. .*Access-Control-Allow-Origin\u202f; sinon/);
  const en = await failure(blog.url('/en.html'));
  assert.equal(en.reason, 'network');
  assert.match(en.text, /^Boussole could not start: the file boussole_bg\.wasm\.gz could not be downloaded\. .*Access-Control-Allow-Origin header/);
});

test('a host page whose CSP forbids WebAssembly is told what to add', async () => {
  const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`;
  const server = await serve({ pages: { '/fr.html': hostPage({ head: csp }), '/en.html': hostPage({ head: csp, lang: 'en' }) } });
  const fr = await failure(server.url('/fr.html'));
  assert.equal(fr.reason, 'csp');
  assert.match(fr.text, /Content-Security-Policy\) de la page interdit WebAssembly\. Ajoutez 'wasm-unsafe-eval'/);
  const en = await failure(server.url('/en.html'));
  assert.match(en.text, /^Boussole could not start: the page’s security policy \(Content-Security-Policy\) forbids WebAssembly\. Add 'wasm-unsafe-eval'/);
});
