// <boussole-planner>: the whole planner in one custom element.
//
//   <script type="module" src="https://HOST/boussole/boussole.js"></script>
//   <boussole-planner lang="fr" currency="EUR"></boussole-planner>
//
// Everything it loads sits beside this script (the wasm in ./pkg/, the styles in ./css/),
// so it works from any page and any origin. The Rust side (src/wasm.rs) renders into the
// element's shadow root and handles every event; this file only starts it.
import init, { Planner } from './pkg/boussole.js';

const here = import.meta.url;
let engine;

/** Loads the wasm engine once for every planner on the page. */
function loadEngine() {
  engine ??= init({ module_or_path: new URL('./pkg/boussole_bg.wasm', here) });
  return engine;
}

/** The most a `plan` file may weigh: a plan is a few kilobytes. */
const MAX_PLAN_BYTES = 1024 * 1024;

/**
 * The `plan` attribute: JSON text, or the URL of a `.json` file on the page's own site, fetched
 * without cookies and without following redirects (so that it can never be made to request
 * any other path of the site on the visitor's behalf).
 */
async function planAttribute(value) {
  if (!value) return undefined;
  if (value.trim().startsWith('{')) return value;
  try {
    const url = new URL(value, document.baseURI);
    if (url.origin !== location.origin || !url.pathname.toLowerCase().endsWith('.json')) return undefined;
    const response = await fetch(url, { credentials: 'omit', redirect: 'error' });
    if (!response.ok) return undefined;
    const text = await response.text();
    return text.length <= MAX_PLAN_BYTES ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves once the shadow root's stylesheets have loaded or failed (3 s at most). */
function stylesLoaded(root) {
  const pending = [...root.querySelectorAll('link[rel="stylesheet"]')]
    .filter((link) => !link.sheet)
    .map((link) => new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    }));
  const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
  return Promise.race([Promise.all(pending), timeout]);
}

/** Without an id, planners on one page keep their plans apart by their order on the page. */
function storageKey(element) {
  const index = [...document.querySelectorAll('boussole-planner')].indexOf(element);
  return index > 0 ? `plan-${index + 1}` : undefined;
}

// Share links. The plan travels in the address's fragment (never sent to a server): `#plan=`
// and its JSON, or, shorter, `#z=` and the JSON compressed by the browser (deflate-raw) in
// base64url. The planner reads `#plan=`: a `#z=` link is expanded before it looks.
const PLAN = '#plan=';
const PACKED = '#z=';

const toBase64Url = (bytes) => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};
const fromBase64Url = (text) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));

async function through(stream, bytes) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Turns a `#z=` address into the `#plan=` one the planner reads; a broken one is left as it is. */
async function expandLink() {
  if (!location.hash.startsWith(PACKED) || typeof DecompressionStream === 'undefined') return;
  try {
    const bytes = await through(new DecompressionStream('deflate-raw'), fromBase64Url(location.hash.slice(PACKED.length)));
    const json = new TextDecoder().decode(bytes);
    history.replaceState(null, '', location.pathname + location.search + PLAN + encodeURIComponent(json));
  } catch {
    history.replaceState(null, '', location.pathname + location.search + PLAN);
  }
}

/** Shortens a `#plan=` link the planner made, puts it in the address and copies it. */
async function shareLink(link) {
  let shared = link;
  try {
    const [base, json] = link.split(PLAN);
    if (typeof CompressionStream !== 'undefined' && json !== undefined) {
      const bytes = await through(new CompressionStream('deflate-raw'), new TextEncoder().encode(decodeURIComponent(json)));
      shared = base + PACKED + toBase64Url(bytes);
      history.replaceState(null, '', shared);
    }
  } catch { /* the long link still works */ }
  await navigator.clipboard?.writeText(shared).catch(() => {});
}

/** What the planner needs to know of a DOM event (the Rust side decides what it means). */
function readEvent(event) {
  const target = event.target;
  const button = target.closest('[data-action]');
  return {
    kind: event.type,
    tag: target.tagName,
    inputType: target.getAttribute('type') ?? '',
    name: target.getAttribute('name'),
    value: target.type === 'checkbox' ? String(target.checked) : String(target.value ?? ''),
    action: button?.dataset.action ?? null,
    index: button?.dataset.index ?? null,
    role: target.getAttribute('role'),
    key: event.key ?? '',
  };
}

export class BoussolePlanner extends HTMLElement {
  static observedAttributes = ['lang', 'currency', 'plan', 'compact', 'storage'];

  async connectedCallback() {
    if (this.planner || this.starting) return;
    this.starting = true;
    try {
      const [, plan] = await Promise.all([
        loadEngine(), planAttribute(this.getAttribute('plan')), expandLink(),
      ]);
      if (!this.isConnected) return;
      this.planner = new Planner(this, {
        lang: this.getAttribute('lang') || undefined,
        currency: this.getAttribute('currency') || undefined,
        storage: this.getAttribute('storage') || undefined,
        key: this.id || storageKey(this),
        plan,
        cssBase: new URL('./css/', here).href,
        share: shareLink,
      });
      this.listen();
      await stylesLoaded(this.shadowRoot);
      this.shadowRoot.querySelector('.bp-app')?.removeAttribute('hidden');
      this.dataset.ready = 'true';
      if (!performance.getEntriesByName('boussole:first-result').length) performance.mark('boussole:first-result');
    } finally {
      this.starting = false;
    }
  }

  /** Every listener goes with one signal, so that leaving the page removes them all. */
  listen() {
    this.listening = new AbortController();
    const { signal } = this.listening;
    const root = this.shadowRoot;
    for (const kind of ['input', 'change', 'click', 'keydown']) {
      root.addEventListener(kind, (event) => {
        if (!(event.target instanceof Element) || !this.planner) return;
        if (kind === 'change' && event.target.classList.contains('bp-import')) {
          event.target.files?.[0]?.text().then((text) => this.planner?.importJson(text));
        } else if (kind === 'change' && event.target.classList.contains('bp-history-file')) {
          // Read here, never sent: the months go into the history box as if pasted.
          event.target.files?.[0]?.text().then((text) => {
            const box = root.querySelector('[name="history.months"]');
            if (!box) return;
            box.value = text;
            box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          });
        } else if (this.planner.handle(readEvent(event))) {
          event.preventDefault();
        }
      }, { signal });
    }
    // Leaving the page saves what still waits for a pause in typing.
    window.addEventListener('pagehide', () => this.planner?.flush(), { signal });
    // A share link pasted in the address of an open page changes only its fragment.
    window.addEventListener('hashchange', () => expandLink().then(() => this.planner?.hashChanged()), { signal });
  }

  /** Removed from the page (not merely moved): save, stop listening, free the planner. */
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected || !this.planner) return;
      this.listening.abort();
      this.planner.destroy();
      this.planner.free();
      this.planner = undefined;
      delete this.dataset.ready;
    });
  }

  async attributeChangedCallback(name, old, value) {
    if (!this.planner || old === value) return;
    if (name !== 'plan') {
      this.planner.attributeChanged(name, value ?? undefined);
      return;
    }
    const text = await planAttribute(value);
    if (text !== undefined) this.planner?.loadPlanJson(text);
  }

  /** The plan the form shows now (a PlanInput object), or null while it has errors. */
  get plan() {
    return this.planner ? this.planner.currentPlan() : null;
  }

  /** The plan with its closed quarters (a ReviewInput object), or null without closed quarters or while they have errors. */
  get review() {
    return this.planner ? this.planner.currentReview() : null;
  }
}

if (!customElements.get('boussole-planner')) {
  customElements.define('boussole-planner', BoussolePlanner);
}
