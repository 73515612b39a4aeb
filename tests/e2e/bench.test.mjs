// The bench's output, checked for its shape (timings belong to the bench, not to the tests):
// the size profile of the wasm by Rust module, and the budget rows of issue [10].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profile, moduleOf, DEFAULT_WASM } from '../../bench/size-profile.mjs';
import { budgetRows, formatRows, formatProfile } from '../../bench/report.mjs';

test('the size profile sums the code of the release build by Rust module', () => {
  // Built by scripts/setup, which the test command runs first.
  const p = profile(DEFAULT_WASM);
  assert.ok(p.total > 0 && p.code > 0 && p.data > 0, JSON.stringify({ ...p, modules: undefined }));
  assert.ok(p.code + p.data < p.total);
  assert.ok(p.names > 0, 'the release build keeps its names: the profile would name nothing');
  assert.equal(p.modules.reduce((sum, m) => sum + m.bytes, 0), p.code);
  for (const [i, m] of p.modules.entries()) {
    assert.equal(typeof m.module, 'string');
    assert.ok(Number.isInteger(m.bytes) && m.bytes > 0, m.module);
    if (i > 0) assert.ok(p.modules[i - 1].bytes >= m.bytes, 'sorted by size');
  }
  const names = p.modules.map((m) => m.module);
  for (const own of ['boussole::engine', 'boussole::view::plan', 'boussole::form::view', 'boussole::session']) {
    assert.ok(names.includes(own), `${own} missing from ${names.slice(0, 30).join(', ')}`);
  }
  const text = formatProfile(p, 5);
  assert.equal(text.split('\n').length, 6);
  assert.match(text, /% {2}\S+/);
});

test('symbols are named by their module, in both manglings', () => {
  assert.equal(moduleOf('_ZN8boussole4view4plan9plan_view17h0123456789abcdefE'), 'boussole::view::plan');
  assert.equal(moduleOf('_ZN8boussole6engine7plan_of17h0123456789abcdefE'), 'boussole::engine');
  assert.equal(moduleOf('_RNvNtNtCsgXGp5Oqx2Ny_4core3num7flt2dec16format_shortest'), 'core::num');
  assert.equal(moduleOf('_ZN4core3fmt5write17h0123456789abcdefE'), 'core::fmt');
});

test('the budget rows: each budget of [13], its target, what was measured and whether it is met', () => {
  const measured = budgetRows({
    bytes: { gzip: 300_000 },
    page: { firstResultMedianMs: 120, keystrokeP50Ms: 1.2, keystrokeP95Ms: 5, frameP50Ms: 16.7, frameP95Ms: 30 },
    engineMicroseconds: { 'plan/12': 50, 'outlook/12': 800 },
    lighthouse: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    lighthousePlain: { performance: 90 },
  });
  assert.equal(measured.length, 13);
  for (const r of measured) {
    assert.deepEqual(Object.keys(r), ['budget', 'target', 'measured', 'met']);
    assert.equal(typeof r.measured, 'string', r.budget);
    assert.equal(typeof r.met, 'boolean', r.budget);
  }
  const met = Object.fromEntries(measured.map((r) => [r.budget, r.met]));
  assert.equal(met['everything the page loads, gzip'], false);
  assert.equal(met['keystroke → handler, p50'], true);
  assert.equal(met['keystroke → its frame painted (work), p95'], false);
  assert.equal(met['engine, 12 channels, outlook 4 000 draws'], true);
  assert.equal(met['Lighthouse mobile performance (plain server)'], false);
  // What a run could not measure says so, rather than passing.
  const empty = budgetRows({});
  assert.ok(empty.every((r) => r.measured === null && r.met === null));
  const text = formatRows(measured);
  for (const r of measured) assert.ok(text.includes(r.budget));
  assert.match(formatRows(empty), /not measured/);
});
