// The npm package (npm/boussole-planner-<version>.tgz, built by scripts/dist into this test's
// own folder, since dist.test.mjs may be serving dist/), installed offline into a fresh project:
// `import 'boussole-planner'` bundled by webpack 5 defines a working <boussole-planner> whose
// wasm and styles the bundler found by itself; the package's folder also works unbundled from
// another origin, as from a public npm CDN; its exports and TypeScript declarations hold
// (typechecked by tsc).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { ROOT, TMP, startServer, launchBrowser, recordRequests, foreignRequests, recordConsoleErrors } from './helpers.mjs';
import { waitReady, startFromExample, control, targetRevenue } from './planner-helpers.mjs';

const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

let app;      // the user's project, under .tmp/ (scripts/dist's output too, in dist/)
let pkg;      // node_modules/boussole-planner in it
let site;     // the bundled site, served
let cdn;      // the installed package's folder, served with CORS (as jsDelivr or unpkg would)
let blog;     // a page on another origin that loads it from there
let browser;
let emitted;  // the files webpack wrote beside its bundle

/** Bundles `app/src/index.js` into `app/site/` with webpack 5 (production, its defaults). */
async function bundle() {
  const compiler = webpack({
    mode: 'production',
    context: app,
    entry: './src/index.js',
    output: { path: join(app, 'site'), filename: 'main.js', clean: true },
    performance: { hints: false },
  });
  const stats = await new Promise((ok, fail) => compiler.run((err, s) => (err ? fail(err) : ok(s))));
  await new Promise((ok) => compiler.close(ok));
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  return stats.toJson({ assets: true }).assets.map((a) => a.name);
}

before(async () => {
  mkdirSync(TMP, { recursive: true });
  app = mkdtempSync(join(TMP, 'npm-app-'));
  const dist = join(app, 'dist');
  execFileSync(join(ROOT, 'scripts', 'dist'), { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DIST_DIR: dist } });
  const tgz = join(dist, 'npm', `boussole-planner-${VERSION}.tgz`);
  assert.ok(existsSync(tgz), `${tgz} is missing`);
  // Its own package.json, or npm would install into the nearest one above.
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'shop', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tgz], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  pkg = join(app, 'node_modules', 'boussole-planner');
  mkdirSync(join(app, 'src'));
  writeFileSync(join(app, 'src', 'index.js'), `import 'boussole-planner';
import init, { plan, examplePlan, version } from 'boussole-planner/api';
// The JS API in the same bundle: the one engine the element loaded too.
window.api = async () => { await init(); return { version: version(), target: plan(examplePlan('fr')).goal.targetRevenue }; };
`);
  emitted = await bundle();
  writeFileSync(join(app, 'site', 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Shop</title>
    <link rel="icon" href="data:,"><script src="./main.js" defer></script></head>
    <body><h1>Our plan</h1><boussole-planner lang="fr" storage="none"></boussole-planner></body></html>`);
  site = await startServer(join(app, 'site'));
  cdn = await startServer(pkg, { cors: true });
  blog = await startServer(undefined, {
    pages: {
      '/post.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title>
        <link rel="icon" href="data:,">
        <script type="module" src="${cdn.url('/boussole.js')}"></script></head>
        <body><boussole-planner lang="fr" storage="none" start="example"></boussole-planner></body></html>`,
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
  await blog?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

test('the package: its exports, its files, no dependencies, and declarations of the element and the API', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'boussole-planner');
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.dependencies, undefined);
  assert.deepEqual(manifest.exports['.'], { types: './boussole.d.ts', default: './boussole.js' });
  assert.deepEqual(manifest.exports['./api'], { types: './pkg/boussole.d.ts', default: './pkg/boussole.js' });
  for (const file of ['boussole.js', 'boussole.d.ts', 'pkg/boussole.js', 'pkg/boussole.d.ts', 'pkg/boussole_bg.wasm', 'pkg/boussole_bg.wasm.gz', 'pkg/view.js', 'css/base.css', 'css/form.css', 'css/results.css']) {
    assert.ok(existsSync(join(pkg, file)), `${file} is not in the package`);
  }
  const element = readFileSync(join(pkg, 'boussole.d.ts'), 'utf8');
  assert.match(element, /export class BoussolePlanner extends HTMLElement/);
  assert.match(element, /interface HTMLElementTagNameMap \{\s*'boussole-planner': BoussolePlanner;/);
  const api = readFileSync(join(pkg, 'pkg', 'boussole.d.ts'), 'utf8');
  for (const name of ['plan', 'review', 'examplePlan', 'exampleReview', 'version']) {
    assert.match(api, new RegExp(`export function ${name}\\(`), name);
  }
  // A user's TypeScript, strict, against the package's declarations (not skipped).
  writeFileSync(join(app, 'src', 'check.ts'), `import 'boussole-planner';
import type { BoussolePlanner, BoussolePlannerAttributes } from 'boussole-planner';
import init, { plan, examplePlan, version } from 'boussole-planner/api';
const el = document.createElement('boussole-planner');
const typed: BoussolePlanner = el;
const start: BoussolePlannerAttributes['start'] = 'example';
const revenue: number | undefined = el.plan?.averageOrderValue;
const quarters: number | undefined = typed.review?.actuals.length;
el.addEventListener('boussole-change', (event) => console.log(event.detail.targetRevenue.toFixed(0), event.detail.plan.channels.length));
document.addEventListener('boussole-error', (event) => console.log(event.detail.reason === 'csp', event.detail.message));
// @ts-expect-error: read-only
el.plan = null;
await init();
const out = plan(examplePlan('fr'));
if (out.ok) console.log(out.goal.targetRevenue, version(), start, revenue, quarters);
`);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['esnext', 'dom'], types: [] },
    files: ['src/check.ts'],
  }));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app });
  } catch (err) {
    assert.fail(`tsc: ${err.stdout}`);
  }
});

test('bundled by webpack, `import "boussole-planner"` starts the planner with its styles, from its own origin only', async () => {
  // Webpack copied the wasm (gzipped for the element, whole for the API's init()) and the three
  // styles beside its bundle, renamed (3f2a….css).
  assert.equal(emitted.filter((a) => a.endsWith('.gz')).length, 1, emitted.join(' '));
  const styles = emitted.filter((a) => a.endsWith('.css'));
  assert.equal(styles.length, 3, emitted.join(' '));
  assert.ok(!styles.some((a) => /^(base|form|results)\.css$/.test(a)), styles.join(' '));
  const { page, context } = browser;
  const requests = recordRequests(context);
  const errors = recordConsoleErrors(page);
  await page.goto(site.url('/index.html'));
  await waitReady(page);
  await startFromExample(page);
  await page.locator('[data-testid="target-revenue"]').waitFor();
  // A figure shows, styled (the three stylesheets webpack emitted, not a 404 beside the bundle).
  const before = await targetRevenue(page);
  assert.ok(before > 0);
  const sheets = await page.evaluate(() => [...document.querySelector('boussole-planner').shadowRoot.querySelectorAll('link[rel="stylesheet"]')]
    .map((link) => ({ href: link.href, rules: link.sheet?.cssRules.length ?? 0 })));
  assert.equal(sheets.length, 3);
  for (const { href, rules } of sheets) {
    assert.ok(href.startsWith(site.origin + '/') && href.endsWith('.css'), href);
    assert.ok(rules > 0, href);
  }
  // Typing changes it.
  await control(page, 'averageOrderValue').fill('95');
  await page.waitForFunction((old) => Number(document.querySelector('boussole-planner').shadowRoot
    .querySelector('[data-testid="target-revenue"]').getAttribute('data-value')) !== old, before);
  assert.equal((await page.evaluate(() => document.querySelector('boussole-planner').plan)).averageOrderValue, 95);
  // The API from the same bundle, on the same engine.
  const api = await page.evaluate(() => window.api());
  assert.match(api.version, /^\d+\.\d+\.\d+/);
  assert.ok(api.target > 0);
  const loaded = requests.map((r) => new URL(r.url).pathname);
  assert.ok(loaded.some((p) => p.endsWith('.gz')), loaded.join(' '));
  assert.deepEqual(foreignRequests(requests, site.origin), []);
  assert.deepEqual(errors, []);
});

test('unbundled, the package folder works from another origin, as from a public npm CDN', async () => {
  const { page, context } = browser;
  const requests = recordRequests(context);
  const errors = recordConsoleErrors(page);
  await page.goto(blog.url('/post.html'));
  await waitReady(page);
  assert.ok(await targetRevenue(page) > 0);
  const loaded = requests.map((r) => r.url).filter((url) => url.startsWith(cdn.origin)).map((url) => new URL(url).pathname).sort();
  assert.deepEqual(loaded, ['/boussole.js', '/css/base.css', '/css/form.css', '/css/results.css', '/pkg/boussole.js', '/pkg/boussole_bg.wasm.gz', '/pkg/view.js']);
  assert.deepEqual(errors, []);
});
