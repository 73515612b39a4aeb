// The dist build: one folder of static files to upload anywhere. Its pages compute, its stable
// entry point loads the versioned assets from another origin, and its manifest is true.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, launchBrowser, recordConsoleErrors } from './helpers.mjs';
import { startFromExample } from './planner-helpers.mjs';

const DIST = join(ROOT, 'dist', 'boussole');
let cdn;
let blog;
let browser;

before(async () => {
  execFileSync(join(ROOT, 'scripts', 'dist'), { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  cdn = await startServer(DIST, { cors: true });
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
  await blog?.close();
  await cdn?.close();
});

test('the manifest lists every file with its true size and hash', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.match(manifest.assets, /^v\d+\.\d+\.\d+-[0-9a-f]{10}$/);
  for (const name of ['boussole.js', 'embed.html', 'frame.js', 'index.html', `${manifest.assets}/pkg/boussole_bg.wasm.gz`]) {
    const file = manifest.files[name];
    assert.ok(file, `${name} is not in the manifest`);
    const data = readFileSync(join(DIST, name));
    assert.equal(file.bytes, data.length);
    assert.equal(file.sha256, createHash('sha256').update(data).digest('hex'));
    assert.equal(file.immutable, name.startsWith(`${manifest.assets}/`));
  }
});

test('the dist pages and the stable entry point work, from another origin too', async () => {
  const { page } = browser;
  const errors = recordConsoleErrors(page);
  for (const url of [cdn.url('/index.html'), blog.url('/post.html')]) {
    await page.goto(url);
    await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
    // The demo page shows the first visit's choice.
    await startFromExample(page);
    const value = Number(await page.locator('[data-testid="target-revenue"]').getAttribute('data-value'));
    assert.ok(value > 0, url);
  }
  await page.goto(cdn.url('/embed.html?lang=en&storage=none&start=example'));
  await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
  assert.match(await page.locator('[data-testid="target-revenue"]').textContent(), /^€/);
  assert.deepEqual(errors, []);
});
