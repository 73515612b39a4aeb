// Where the wasm's bytes go, by Rust module: reads the release build with its names (before
// wasm-bindgen and wasm-opt strip them), sums each function body's size under its crate and
// module (`boussole::render::plan`, `core::fmt`, `serde_json`…), and the data segments apart.
// No tool to install: the wasm format and Rust's legacy symbol mangling are read here.
//
//   node bench/size-profile.mjs [file.wasm] [--json] [--top N]
//
// The shares hold for the shipped file too (wasm-opt shrinks everything alike, more or less);
// the shipped file's own size is what `scripts/setup` prints.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_WASM = join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'boussole.wasm');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, at];
    shift += 7;
  }
}

/** A symbol's path: `_ZN7boussole6render4plan12results_html17h…E` (legacy) or `_RNv…` (v0)
 * → ['boussole', 'render', 'plan', 'results_html']; another name as it is. */
function demangle(name) {
  const legacy = name.startsWith('_ZN');
  if (!legacy && !name.startsWith('_R')) return name.split('::');
  const parts = [];
  let at = legacy ? 3 : 2;
  while (at < name.length) {
    if (!legacy && name[at] === 's' && name[at - 1] === 'C') {
      // v0's crate disambiguator (`Cs<base62>_`).
      at = name.indexOf('_', at) + 1;
      if (at === 0) break;
      continue;
    }
    if (!/[0-9]/.test(name[at])) {
      if (legacy && name[at] === 'E') break;
      at++;
      continue;
    }
    let digits = '';
    while (/[0-9]/.test(name[at])) digits += name[at++];
    if (name[at] === '_') at++; // v0 separates an identifier starting with a digit or `_`
    parts.push(name.slice(at, at + Number(digits)));
    at += Number(digits);
  }
  // Drop the legacy hash (`h0123…`).
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts;
}

/** The module a function belongs to: `boussole::render::plan`, `core::fmt`, `serde_json`…
 * (methods count under their type's module; serde's derives under `… (serde derives)`). */
export function moduleOf(name) {
  let path = demangle(name).join('::')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$u7b\$|\$u7d\$|\$RF\$|\$BP\$/g, '').replace(/\.\./g, '::');
  // `<T as Trait>::f` and `<impl …>` are named by their first path.
  const inner = path.match(/^[<_:]*([A-Za-z][\w:]*)/);
  if (inner) path = inner[1];
  const segments = path.split('::').filter(Boolean);
  const module = [];
  for (const [i, seg] of segments.entries()) {
    if (i > 0 && (/^[A-Z]/.test(seg) || seg === '_' || i >= 3)) break;
    module.push(seg);
  }
  const derived = segments[module.length] === '_' ? ' (serde derives)' : '';
  // Boussole's own modules by file: `render::plan` is a file, `engine::plan_of` a function.
  const depth = segments[0] === 'boussole' && SUBMODULES.has(`${module[1]}::${module[2]}`) ? 3 : 2;
  return (module.slice(0, depth).join('::') || name.slice(0, 40)) + derived;
}

/** `render::plan`, `form::html`…: the files of src/'s folders. */
const SUBMODULES = new Set(readdirSync(join(ROOT, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, 'src', d.name))
    .filter((f) => f.endsWith('.rs') && f !== 'mod.rs')
    .map((f) => `${d.name}::${f.slice(0, -3)}`)));

/** {total, code, data, names, modules: [{module, bytes}]} for the wasm file at `file`. */
export function profile(file = DEFAULT_WASM) {
  const bytes = readFileSync(file);
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm file`);
  let at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  let nameBytes = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    const end = at + size;
    if (id === 2) {
      // Imports: functions among them take the first indices.
      let [count, p] = leb(bytes, at);
      for (let i = 0; i < count; i++) {
        let len;
        [len, p] = leb(bytes, p); p += len;
        [len, p] = leb(bytes, p); p += len;
        const kind = bytes[p++];
        if (kind === 0) { imported++; [, p] = leb(bytes, p); }
        else if (kind === 1) { p++; const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 2) { const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
        else if (kind === 3) { p += 2; }
        else if (kind === 4) { p++; [, p] = leb(bytes, p); }
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, at);
      for (let i = 0; i < count; i++) {
        let len;
        [len, p] = leb(bytes, p);
        bodies.push(len);
        p += len;
      }
    } else if (id === 11) {
      data += size;
    } else if (id === 0) {
      let [len, p] = leb(bytes, at);
      const name = bytes.subarray(p, p + len).toString('utf8');
      p += len;
      if (name === 'name') {
        nameBytes += size;
        while (p < end) {
          const sub = bytes[p++];
          let subSize;
          [subSize, p] = leb(bytes, p);
          const subEnd = p + subSize;
          if (sub === 1) {
            let [count, q] = leb(bytes, p);
            for (let i = 0; i < count; i++) {
              let index, n;
              [index, q] = leb(bytes, q);
              [n, q] = leb(bytes, q);
              names.set(index, bytes.subarray(q, q + n).toString('utf8'));
              q += n;
            }
          }
          p = subEnd;
        }
      }
    }
    at = end;
  }
  const byModule = new Map();
  bodies.forEach((len, i) => {
    const name = names.get(imported + i) ?? `function ${imported + i}`;
    const module = moduleOf(name);
    byModule.set(module, (byModule.get(module) ?? 0) + len);
  });
  const code = bodies.reduce((a, b) => a + b, 0);
  const modules = [...byModule].map(([module, bytes]) => ({ module, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
  return { file, total: bytes.length, code, data, names: nameBytes, modules };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 20;
  const file = args.find((a) => a.endsWith('.wasm')) ?? DEFAULT_WASM;
  const p = profile(file);
  if (json) {
    console.log(JSON.stringify({ ...p, modules: p.modules.slice(0, top) }, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`${file}: ${kb(p.total)} with names; code ${kb(p.code)}, data ${kb(p.data)}`);
    console.log('Code by module (release build, before wasm-opt):');
    for (const { module, bytes } of p.modules.slice(0, top)) {
      console.log(`  ${kb(bytes).padStart(9)}  ${(100 * bytes / p.code).toFixed(1).padStart(5)} %  ${module}`);
    }
  }
}
