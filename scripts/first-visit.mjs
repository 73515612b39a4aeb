// Writes www/pkg/first-visit.json: what a planner shows on a first visit, in each language, as
// the engine itself answers it (this same build, run in Node). The element draws it before the
// engine has arrived, so a visitor on a slow connection reads the welcome at once; the engine's
// own first update then changes nothing. Run by scripts/setup after the wasm is built.
import { readFileSync, writeFileSync } from 'node:fs';
import { initSync, Planner, storageKey } from '../www/pkg/boussole.js';

const pkg = new URL('../www/pkg/', import.meta.url);
initSync({ module: readFileSync(new URL('boussole_bg.wasm', pkg)) });

const screens = {};
for (const [locale, browser] of [['fr', 'fr-FR'], ['en', 'en-US']]) {
  const [planner, first] = Planner.start({ browser });
  planner.free();
  if (!first.dom.some(({ op }) => op === 'welcome')) throw new Error(`no welcome in the ${locale} first visit`);
  // Only what is drawn: saving and telling the page wait for the engine.
  screens[locale] = first.dom;
}
// The start of every key a planner saves under: with one of them stored, it is not a first visit.
const prefix = storageKey(undefined, '');
writeFileSync(new URL('first-visit.json', pkg), `${JSON.stringify({ prefix, screens })}\n`);
