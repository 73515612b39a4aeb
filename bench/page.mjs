// Page benchmarks in headless Chromium: the first computed result after a cold load, then for
// each keystroke its handler's time and the main thread's work until the frame that shows it
// is painted (the budget: one frame). The wait for the display's next frame is printed too but
// is not work: a frame asked for with nothing to do already takes 16,7 ms to come.
// Prints a table and writes bench-results/page.json.
//   node bench/page.mjs [--loads 5] [--edits 200] [--heavy 1]
// `--heavy 1` times the keystrokes on 12 channels with 36 months of history and the outlook's
// 4 000 draws (the [10] budget's case).
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

/**
 * Ends the trace and returns, for each keystroke i, the milliseconds the page's main thread was
 * busy between the marks `bp-key-i` and `bp-painted-i` (its top-level tasks, merged).
 */
async function busyBetweenMarks(cdp, count) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.data;
    if (chunk.eof) break;
  }
  const parsed = JSON.parse(text);
  const events = parsed.traceEvents ?? parsed;
  const marks = new Map(events.filter((e) => /^bp-(key|painted)-\d+$/.test(e.name)).map((e) => [e.name, e]));
  const main = marks.get('bp-key-0');
  if (!main) throw new Error('the trace holds no keystroke mark');
  const task = /^(ThreadControllerImpl::)?RunTask$/;
  const tasks = events.filter((e) => task.test(e.name) && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
    .map((e) => [e.ts, e.ts + e.dur]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [from, to] of tasks) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return Array.from({ length: count }, (_, i) => {
    const [from, to] = [marks.get(`bp-key-${i}`).ts, marks.get(`bp-painted-${i}`).ts];
    const busy = merged.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
    return busy / 1000;
  });
}

const server = await startServer();
const results = { firstResultMs: [], keystrokeMs: [], frameMs: [] };
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
    // A first visit: start from the example.
    await page.locator('[data-action="start-example"]').click();
    await page.locator('[data-testid="target-revenue"]').waitFor();
    if (HEAVY) {
      // Twelve channels, 36 months of history, the outlook on: given as the host page would.
      await page.evaluate(() => {
        const el = document.querySelector('boussole-planner');
        const plan = structuredClone(el.plan);
        const base = plan.channels;
        plan.channels = Array.from({ length: 12 }, (_, i) => ({ ...base[i % base.length], id: `c${i + 1}`, label: `Canal ${i + 1}` }));
        plan.history = { months: Array.from({ length: 36 }, (_, m) => 90000 + 1000 * (m % 12) + 500 * m) };
        plan.seasonality = null;
        plan.pastGrowthRate = null;
        plan.uncertainty = { traffic: 0.15, conversionRate: 0.15, averageOrderValue: 0.15 };
        el.setAttribute('plan', JSON.stringify(plan));
      });
      await page.locator('[data-testid="probability-of-goal"]').waitFor();
      const channels = await page.evaluate(() => document.querySelector('boussole-planner').plan.channels.length);
      if (channels !== 12) throw new Error(`the heavy plan has ${channels} channels`);
    }
    // Each keystroke, typed just after a frame: its handler's time, then the main thread's
    // work until the frame that shows it is painted (every task the renderer's main thread ran
    // in between, from a trace: the handler, the element's answer, style, layout and paint
    // wherever the browser runs them), and the time until then including the wait for the
    // display's next frame. Parts, p50: the wasm's answer (the session, the views' JSON and the
    // browser's JSON.parse of it), the element drawing it, and the rest (style, layout, paint).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReturnAsStream' });
    const timed = await page.evaluate(async (edits) => {
      const el = document.querySelector('boussole-planner');
      const root = el.shadowRoot;
      const input = root.querySelector('[name="averageOrderValue"]');
      const [handle, apply, typeNow] = [el.planner.handle.bind(el.planner), el.apply.bind(el), el.typeNow.bind(el)];
      let part = { wasm: 0, draw: 0 };
      let answeredAt = Infinity;
      el.typeNow = () => { answeredAt = performance.now(); typeNow(); };
      el.planner.handle = (event) => { const t = performance.now(); const u = handle(event); part.wasm += performance.now() - t; return u; };
      el.apply = (update) => { const t = performance.now(); apply(update); part.draw += performance.now() - t; };
      // Resolves just after the frame is painted (a task queued from requestAnimationFrame
      // runs once its frame is done), with the time that frame started.
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
        const start = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(start);
        channel.port2.postMessage(0);
      }));
      const out = { handler: [], toPaint: [], wasm: [], draw: [] };
      await painted();
      for (let i = 0; i < edits; i += 1) {
        input.value = String(70 + (i % 40) + (i % 7) / 10).replace('.', ',');
        part = { wasm: 0, draw: 0 };
        answeredAt = Infinity;
        // Asked for first, so that its callback opens the next frame.
        const frame = painted();
        performance.mark(`bp-key-${i}`);
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        const t1 = performance.now();
        // Answered after that frame had begun: it shows in the one after.
        const start = await frame;
        if (answeredAt > start) await painted();
        const t2 = performance.now();
        performance.mark(`bp-painted-${i}`);
        out.handler.push(t1 - t0);
        out.toPaint.push(t2 - t0);
        out.wasm.push(part.wasm);
        out.draw.push(part.draw);
      }
      delete el.planner.handle;
      delete el.apply;
      delete el.typeNow;
      return out;
    }, EDITS);
    results.keystrokeMs = timed.handler;
    timed.work = await busyBetweenMarks(cdp, EDITS);
    timed.rest = timed.work.map((w, i) => w - timed.wasm[i] - timed.draw[i]);
    results.frameMs = timed.work;
    results.partsMs = timed;
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
  keystrokePartsP50Ms: results.partsMs && {
    wasm: quantile(results.partsMs.wasm, 0.5),
    draw: quantile(results.partsMs.draw, 0.5),
    rest: quantile(results.partsMs.rest, 0.5),
  },
  frameP50Ms: quantile(results.frameMs, 0.5),
  frameP95Ms: quantile(results.frameMs, 0.95),
  toPaintP50Ms: results.partsMs && quantile(results.partsMs.toPaint, 0.5),
  toPaintP95Ms: results.partsMs && quantile(results.partsMs.toPaint, 0.95),
  edits: results.keystrokeMs.length,
  heavy: HEAVY,
};
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'page.json'), JSON.stringify(summary, null, 2));
const f = (x) => x.toFixed(2);
console.log(`first result (median of ${LOADS} cold loads): ${f(summary.firstResultMedianMs)} ms  [${results.firstResultMs.map(f).join(', ')}]`);
const load = HEAVY ? ', 12 channels, 36 months of history, 4 000 draws' : '';
console.log(`keystroke → handler (${summary.edits} edits${load}): p50 ${f(summary.keystrokeP50Ms)} ms, p95 ${f(summary.keystrokeP95Ms)} ms, max ${f(summary.keystrokeMaxMs)} ms`);
console.log(`keystroke → its frame painted, main thread's work: p50 ${f(summary.frameP50Ms)} ms, p95 ${f(summary.frameP95Ms)} ms`);
if (summary.keystrokePartsP50Ms) {
  const p = summary.keystrokePartsP50Ms;
  console.log(`  its parts, p50: wasm (session, JSON, parse) ${f(p.wasm)} ms, drawing ${f(p.draw)} ms, style, layout and paint ${f(p.rest)} ms`);
  console.log(`  with the wait for the display's next frame: p50 ${f(summary.toPaintP50Ms)} ms, p95 ${f(summary.toPaintP95Ms)} ms`);
}
