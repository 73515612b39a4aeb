// The budgets of issue [10] and how a bench run measures against them: one row per budget,
// {budget, target, measured, met} (`measured` null when the run could not measure it).
// Pure, so that a test can check the report's shape without timing anything.

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x, digits = 1) => `${x.toFixed(digits)} ms`;

/** One row: `value` is the measure or null; `ok(value)` says whether it meets the target. */
function row(budget, target, value, format, ok) {
  const known = typeof value === 'number' && Number.isFinite(value);
  return { budget, target, measured: known ? format(value) : null, met: known ? ok(value) : null };
}

/**
 * `results`: {bytes: {gzip}, page: {firstResultMedianMs, keystrokeP50Ms, keystrokeP95Ms,
 * frameP50Ms, frameP95Ms}, engineMicroseconds: {'plan/12', 'outlook/12'}, lighthouse:
 * {performance, accessibility, 'best-practices', seo}, lighthousePlain: {performance}}.
 */
export function budgetRows(results) {
  const page = results.page ?? {};
  const engine = results.engineMicroseconds ?? {};
  const lh = results.lighthouse ?? {};
  const plain = results.lighthousePlain ?? {};
  const rows = [
    // The budgets of issue [13] (the page drawn from a view model).
    row('everything the page loads, gzip', '≤ 170 KB', results.bytes?.gzip, kb, (x) => x <= 170 * 1024),
    row('keystroke → handler, p50', '≤ 1.5 ms', page.keystrokeP50Ms, ms, (x) => x <= 1.5),
    row('keystroke → handler, p95', '≤ 4 ms', page.keystrokeP95Ms, ms, (x) => x <= 4),
    row('keystroke → its frame painted (work), p50', '≤ 12 ms', page.frameP50Ms, ms, (x) => x <= 12),
    row('keystroke → its frame painted (work), p95', '≤ 16.7 ms', page.frameP95Ms, ms, (x) => x <= 16.7),
    row('first result (styled), median', '≤ 250 ms', page.firstResultMedianMs, (x) => ms(x, 0), (x) => x <= 250),
    row('engine, 12 channels, plan', '≤ 10 µs', engine['plan/12'], (x) => `${x.toFixed(1)} µs`, (x) => x <= 10),
    row('engine, 12 channels, outlook 4 000 draws', '≤ 1 ms', engine['outlook/12'], (x) => `${(x / 1000).toFixed(2)} ms`, (x) => x <= 1000),
  ];
  for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) {
    rows.push(row(`Lighthouse mobile ${k} (compressed)`, '100', lh[k], String, (x) => x === 100));
  }
  rows.push(row('Lighthouse mobile performance (plain server)', '≥ 95', plain.performance, String, (x) => x >= 95));
  return rows;
}

/** The rows as the terminal shows them. */
export function formatRows(rows) {
  const lines = [`${'budget'.padEnd(48)}${'target'.padEnd(12)}${'measured'.padEnd(14)}`];
  for (const r of rows) {
    const status = r.met === null ? 'not measured' : r.met ? 'met' : 'MISSED';
    lines.push(`${r.budget.padEnd(48)}${r.target.padEnd(12)}${(r.measured ?? '-').padEnd(14)}${status}`);
  }
  return lines.join('\n');
}

/** The size profile's top modules as the terminal shows them. */
export function formatProfile(profile, top = 15) {
  const lines = [`Where the wasm's code goes (${kb(profile.code)} of code, ${kb(profile.data)} of data, by Rust module):`];
  for (const { module, bytes } of profile.modules.slice(0, top)) {
    lines.push(`  ${kb(bytes).padStart(9)}  ${(100 * bytes / profile.code).toFixed(1).padStart(5)} %  ${module}`);
  }
  return lines.join('\n');
}
