// Budgets: what a visitor downloads, how fast the first result appears, how fast a keystroke
// recomputes, how fast the engine is, and Lighthouse's scores. Prints a table and writes
// bench-results/budgets.json. Run through `scripts/bench` (which builds first).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { ROOT, WWW, TMP, CHROMIUM, CHROMIUM_ARGS, startServer } from '../tests/e2e/helpers.mjs';
import { budgetRows, formatRows, formatProfile } from './report.mjs';
import { profile as sizeProfile, DEFAULT_WASM } from './size-profile.mjs';

const OUT = join(ROOT, 'bench-results');
mkdirSync(OUT, { recursive: true });
mkdirSync(TMP, { recursive: true });

// 1. Transferred bytes: every file the demo page loads.
const FILES = ['index.html', 'style.css', 'boussole.js', 'page.js', 'pkg/boussole.js', 'pkg/boussole_bg.wasm.gz', 'pkg/view.js',
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

// 1b. Where the wasm's bytes go, by Rust module: the release build with its names, once
// wasm-bindgen has taken its own descriptors out (as the shipped file), before wasm-opt.
const profileDir = join(TMP, 'size-profile');
execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', profileDir, DEFAULT_WASM]);
const profile = sizeProfile(join(profileDir, 'boussole_bg.wasm'));

// 2 and 3. First result and keystrokes, in headless Chromium, on the budget's heavy plan
// (12 channels, 36 months of history, the outlook's 4 000 draws).
execFileSync('node', [join(ROOT, 'bench', 'page.mjs'), '--heavy', '1'], { stdio: 'inherit' });
const page = JSON.parse(readFileSync(join(OUT, 'page.json'), 'utf8'));

// 4. The engine alone, natively (criterion).
// With the session's whole answer to a keystroke (parse, plan, the results' view), natively: what
// the wasm handler does before the DOM, for comparison.
const engine = {};
for (const args of [['engine'], ['render', '--', 'keystroke']]) {
  const [name, ...rest] = args;
  const bench = spawnSync('cargo', ['bench', '--bench', name, ...(rest.length ? rest : ['--']), '--noplot'], { cwd: ROOT, encoding: 'utf8' });
  for (const m of (bench.stdout || '').matchAll(/^([\w+/]+)\s+time:\s+\[[\d.]+ \S+ ([\d.]+) (ns|µs|ms)/gm)) {
    const scale = { ns: 1e-3, 'µs': 1, ms: 1e3 }[m[3]];
    engine[m[1]] = Number(m[2]) * scale;
  }
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

// 5. Lighthouse, mobile preset (its default), against the demo page: served as a real host
// would (compressed, cacheable), and by a plain static server (many blog hosts do not
// compress `.wasm`).
async function runLighthouse(serverOptions) {
  let lighthouse = null;
  const server = await startServer(undefined, serverOptions);
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
  return lighthouse;
}
const lighthouse = await runLighthouse({ compress: true, cache: 'public, max-age=3600' });
const lighthousePlain = await runLighthouse({ compress: false, cache: 'public, max-age=3600' });

const results = {
  date: new Date().toISOString(),
  bytes: { files: sizes, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') },
  page,
  engineMicroseconds: engine,
  lighthouse,
  lighthousePlain,
  sizeProfile: { ...profile, modules: profile.modules.slice(0, 40) },
};
results.budgets = budgetRows(results);
writeFileSync(join(OUT, 'budgets.json'), JSON.stringify(results, null, 2));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBytes the page transfers');
console.log(`${'file'.padEnd(24)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const f of sizes) console.log(`${f.name.padEnd(24)}${kb(f.raw).padStart(10)}${kb(f.gzip).padStart(10)}${kb(f.brotli).padStart(10)}`);
console.log(`${'total'.padEnd(24)}${kb(total('raw')).padStart(10)}${kb(total('gzip')).padStart(10)}${kb(total('brotli')).padStart(10)}`);
console.log(`\n${formatProfile(profile)}`);
console.log(`\n${formatRows(results.budgets)}`);
const native = ['example', 'heavy'].map((k) => engine[`keystroke/${k}`]);
if (native.every(Number.isFinite)) {
  console.log(`\nA keystroke in the session, natively: ${(native[1] / 1000).toFixed(2)} ms on the heavy plan, ${(native[0] / 1000).toFixed(2)} ms on the example`);
}
for (const [name, lh] of [['compressed', lighthouse], ['plain', lighthousePlain]]) {
  if (lh?.error) console.log(`Lighthouse (${name}): ${lh.error}`);
  else if (lh?.failing?.length) console.log(`Lighthouse (${name}) audits not passed: ${lh.failing.join(', ')}`);
}
console.log(`\nWritten to bench-results/budgets.json`);
