// Page benchmarks in headless Chromium: first computed result after a cold load, and the time
// from a keystroke to updated results. Prints a table and writes bench-results/page.json.
//   node bench/page.mjs [--loads 5] [--edits 200] [--heavy 1]
// `--heavy 1` times the keystrokes with 36 months of history and the outlook's 4 000 draws.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, ROOT } from '../tests/e2e/helpers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LOADS = arg('loads', 5);
const EDITS = arg('edits', 200);
const HEAVY = arg('heavy', 0) === 1;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const server = await startServer();
const results = { firstResultMs: [], keystrokeMs: [] };
try {
  // Cold loads: a fresh browser profile each time, so nothing is cached.
  for (let i = 0; i < LOADS; i += 1) {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      await browser.page.goto(server.url('/'));
      await browser.page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
      const ms = await browser.page.evaluate(() => {
        const mark = performance.getEntriesByName('boussole:first-result')[0];
        return mark ? mark.startTime : NaN;
      });
      results.firstResultMs.push(ms);
    } finally {
      await browser.close();
    }
  }

  // Keystrokes: type into a field and time until the results are in the DOM (the handler is
  // synchronous, so the time around dispatching the event covers parse, plan and render).
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = browser;
    await page.goto(server.url('/'));
    await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
    if (HEAVY) {
      const months = Array.from({ length: 36 }, (_, m) => String(90000 + 1000 * (m % 12) + 500 * m));
      await page.locator('[name="history.months"]').fill(months.join('\n'));
      await page.locator('[name="uncertaintyPreset"]').selectOption('usual');
      await page.locator('[data-testid="probability-of-goal"]').waitFor();
    }
    results.keystrokeMs = await page.evaluate((edits) => {
      const root = document.querySelector('boussole-planner').shadowRoot;
      const input = root.querySelector('[name="averageOrderValue"]');
      const out = [];
      for (let i = 0; i < edits; i += 1) {
        input.value = String(70 + (i % 40) + (i % 7) / 10).replace('.', ',');
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        // Force style and layout, as the next frame would, so the time includes them.
        root.querySelector('.bp-results').getBoundingClientRect();
        out.push(performance.now() - t0);
      }
      return out;
    }, EDITS);
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}

const summary = {
  firstResultMedianMs: quantile(results.firstResultMs, 0.5),
  firstResultRunsMs: results.firstResultMs,
  keystrokeP50Ms: quantile(results.keystrokeMs, 0.5),
  keystrokeP95Ms: quantile(results.keystrokeMs, 0.95),
  keystrokeMaxMs: Math.max(...results.keystrokeMs),
  edits: results.keystrokeMs.length,
};
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'page.json'), JSON.stringify(summary, null, 2));
const f = (x) => x.toFixed(2);
console.log(`first result (median of ${LOADS} cold loads): ${f(summary.firstResultMedianMs)} ms  [${results.firstResultMs.map(f).join(', ')}]`);
console.log(`keystroke → results (${summary.edits} edits${HEAVY ? ', 36 months of history, 4 000 draws' : ''}): p50 ${f(summary.keystrokeP50Ms)} ms, p95 ${f(summary.keystrokeP95Ms)} ms, max ${f(summary.keystrokeMaxMs)} ms`);
