// What the planner's browser tests share: opening a fresh planner, reading its controls,
// errors and results, and asking the CLI (the native engine) for the same figures.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

/** Waits until the element has started. */
export async function waitReady(page) {
  await page.waitForSelector('boussole-planner[data-ready="true"]', { timeout: 30_000 });
}

/** A fresh page on the planner (harness `h`) with nothing saved from an earlier test. */
export async function openPlanner(h, path = '/') {
  const { page, server } = h;
  // Clear what an earlier test saved (once the page has loaded, so no request is cut short).
  await page.goto(server.url('/'));
  await waitReady(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto(server.url(path));
  await waitReady(page);
  await startFromExample(page);
  await page.locator('[data-testid="target-revenue"]').first().waitFor();
  return page;
}

/** Unfolds « Réglages avancés » (seasonality, order costs, history, milestones, scenarios, odds). */
export async function openAdvanced(page) {
  const details = page.locator('.bp-advanced');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

/** On a first visit, picks « Partir de l'exemple » (the welcome shows nothing else). */
export async function startFromExample(page) {
  const start = page.locator('[data-action="start-example"]');
  if (await start.isVisible()) await start.click();
}

/** The control named `name` (a contract path) inside the planner. */
export const control = (page, name) => page.locator(`[name="${name}"]`);

/**
 * Resolves once the planner has answered what was typed: typing is answered in a task the
 * key's handler posts, and a task posted now runs after it.
 */
export const drawn = (page) => page.evaluate(() => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
}));

export const targetRevenue = async (page) => {
  await drawn(page);
  return Number(await page.locator('[data-testid="target-revenue"]').getAttribute('data-value'));
};
export const currentPlan = (page) => page.evaluate(() => document.querySelector('boussole-planner').plan);
export const currentReview = (page) => page.evaluate(() => document.querySelector('boussole-planner').review);
export const isStale = async (page) => {
  await drawn(page);
  return page.locator('.bp-results').evaluate((el) => el.hasAttribute('data-stale'));
};

/** The error message shown for control `name` (its error slot, found through aria-describedby). */
export const errorText = async (page, name) => {
  await drawn(page);
  return page.evaluate((n) => {
    const root = document.querySelector('boussole-planner').shadowRoot;
    const control = root.querySelector(`[name="${n}"]`);
    const ids = (control?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.startsWith('bp-err-'));
    return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim();
  }, name);
};

/** The CLI's JSON output for `args` with `input` on stdin (invalid input too: exit 2, JSON on stdout). */
export function cli(args, input) {
  const bin = join(ROOT, 'target', 'debug', 'boussole');
  if (!existsSync(bin)) {
    execFileSync('cargo', ['build', '--quiet', '--bin', 'boussole'], { cwd: ROOT, stdio: 'inherit' });
  }
  try {
    return JSON.parse(execFileSync(bin, args, { input: JSON.stringify(input) }).toString());
  } catch (err) {
    return JSON.parse(err.stdout.toString());
  }
}

/** Equal to 1e-9, relatively. */
export const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

/** The share link the copy button put on the clipboard (the address is left as it was). */
export async function copiedLink(page, previous = '') {
  await page.waitForFunction(async (old) => {
    const text = await navigator.clipboard.readText();
    return text.includes('#z=') && text !== old;
  }, previous);
  return page.evaluate(() => navigator.clipboard.readText());
}
