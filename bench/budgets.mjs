// Budgets: what a visitor downloads, how fast the first result appears, how fast a keystroke
// recomputes, how fast the engine is, and Lighthouse's scores. Prints a table and writes
// bench-results/budgets.json. Run through `scripts/bench` (which builds first).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { ROOT, WWW, TMP, CHROMIUM, CHROMIUM_ARGS, startServer } from '../tests/e2e/helpers.mjs';

const OUT = join(ROOT, 'bench-results');
mkdirSync(OUT, { recursive: true });
mkdirSync(TMP, { recursive: true });

// 1. Transferred bytes: every file the demo page loads.
const FILES = ['index.html', 'style.css', 'boussole.js', 'pkg/boussole.js', 'pkg/boussole_bg.wasm',
  'css/base.css', 'css/form.css', 'css/results.css'];
const sizes = FILES.map((name) => {
  const data = readFileSync(join(WWW, name));
  return {
    name,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = (key) => sizes.reduce((s, f) => s + f[key], 0);

// 2 and 3. First result and keystrokes, in headless Chromium.
execFileSync('node', [join(ROOT, 'bench', 'page.mjs')], { stdio: 'inherit' });
const page = JSON.parse(readFileSync(join(OUT, 'page.json'), 'utf8'));

// 4. The engine alone, natively (criterion).
const bench = spawnSync('cargo', ['bench', '--bench', 'engine', '--', '--noplot'], { cwd: ROOT, encoding: 'utf8' });
const engine = {};
for (const m of (bench.stdout || '').matchAll(/^([\w+/]+)\s+time:\s+\[[\d.]+ \S+ ([\d.]+) (ns|µs|ms)/gm)) {
  const scale = { ns: 1e-3, 'µs': 1, ms: 1e3 }[m[3]];
  engine[m[1]] = Number(m[2]) * scale;
}

/** Runs a command without blocking this process; resolves to {status, stderr}. */
function runAsync(command, args, options, timeoutMs) {
  return new Promise((resolve) => {
    // Its own process group, so that a timeout also ends the browser it started.
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
    }, timeoutMs);
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, stderr }); });
    child.on('error', (error) => { clearTimeout(timer); resolve({ status: -1, stderr: String(error) }); });
  });
}

// 5. Lighthouse, mobile preset (its default), against the demo page.
let lighthouse = null;
{
  // Served as a real host would: compressed, cacheable.
  const server = await startServer(undefined, { compress: true, cache: 'public, max-age=3600' });
  const dir = mkdtempSync(join(TMP, 'lighthouse-'));
  try {
    const report = join(dir, 'report.json');
    // Asynchronous: the server answering Lighthouse runs in this very process.
    const run = await runAsync(join(ROOT, 'node_modules', '.bin', 'lighthouse'), [
      server.url('/'), '--quiet', '--output=json', `--output-path=${report}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM, TMPDIR: dir } }, 180_000);
    if (run.status === 0) {
      const r = JSON.parse(readFileSync(report, 'utf8'));
      lighthouse = Object.fromEntries(Object.entries(r.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
      lighthouse.firstContentfulPaintMs = r.audits['first-contentful-paint']?.numericValue;
      lighthouse.largestContentfulPaintMs = r.audits['largest-contentful-paint']?.numericValue;
      lighthouse.failing = Object.values(r.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
    } else {
      lighthouse = { error: (run.stderr || 'failed').slice(-500) };
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = {
  date: new Date().toISOString(),
  bytes: { files: sizes, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
  page,
  engineMicroseconds: engine,
  lighthouse,
};
writeFileSync(join(OUT, 'budgets.json'), JSON.stringify(results, null, 2));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ok = (good) => (good ? 'met' : 'MISSED');
console.log('\nBytes the page transfers');
console.log(`${'file'.padEnd(24)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const f of sizes) console.log(`${f.name.padEnd(24)}${kb(f.raw).padStart(10)}${kb(f.gzip).padStart(10)}${kb(f.brotli).padStart(10)}`);
console.log(`${'total'.padEnd(24)}${kb(total('raw')).padStart(10)}${kb(total('gzip')).padStart(10)}${kb(total('brotli')).padStart(10)}`);
console.log('\nBudget                                   target        measured');
const row = (label, target, measured, good) => console.log(`${label.padEnd(41)}${target.padEnd(14)}${measured.padEnd(14)}${ok(good)}`);
row('everything, gzip', '≤ 60 KB', kb(total('gzip')), total('gzip') <= 60 * 1024);
row('first result, median of 5 cold loads', '≤ 200 ms', `${page.firstResultMedianMs.toFixed(0)} ms`, page.firstResultMedianMs <= 200);
row('keystroke → results, p50', '≤ 1 ms', `${page.keystrokeP50Ms.toFixed(2)} ms`, page.keystrokeP50Ms <= 1);
row('keystroke → results, p95', '≤ 4 ms', `${page.keystrokeP95Ms.toFixed(2)} ms`, page.keystrokeP95Ms <= 4);
const e12 = engine['plan/12'];
row('engine, 12 channels (native)', '≤ 10 µs', e12 ? `${e12.toFixed(1)} µs` : 'n/a', e12 <= 10);
if (lighthouse && !lighthouse.error) {
  for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) {
    row(`Lighthouse ${k}`, '100', String(lighthouse[k]), lighthouse[k] === 100);
  }
  if (lighthouse.failing.length) console.log(`Lighthouse audits not passed: ${lighthouse.failing.join(', ')}`);
} else {
  console.log(`Lighthouse: ${lighthouse?.error}`);
}
console.log(`\nWritten to bench-results/budgets.json`);
