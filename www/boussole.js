// <boussole-planner>: the whole planner in one custom element.
//
//   <script type="module" src="https://HOST/boussole/boussole.js"></script>
//   <boussole-planner lang="fr" currency="EUR"></boussole-planner>
//
// Everything it loads sits beside this script (the wasm in ./pkg/, the styles in ./css/),
// so it works from any page and any origin. The Rust side (src/session.rs, through the thin
// door of src/wasm.rs) answers each event with an update: views to draw (./view.js), text and
// attributes to set, what to say, copy, download, save. This file reads the events and carries
// the updates out; it decides nothing.
import init, { Planner, storageKey as savedUnder } from './pkg/boussole.js';
import { draw, render, shell, firstVisit } from './pkg/view.js';

// Each file by its own literal `new URL(…, import.meta.url)`: unbundled, it is the file beside
// this script; a bundler (webpack 5, Vite) copies each one into the site and puts its new URL here.
const WASM_URL = new URL('./pkg/boussole_bg.wasm.gz', import.meta.url);
const STYLES = [
  new URL('./css/base.css', import.meta.url).href,
  new URL('./css/form.css', import.meta.url).href,
  new URL('./css/results.css', import.meta.url).href,
];
const WASM = 'boussole_bg.wasm.gz';
let engine;

/** Why the engine did not load: `reason` is one of the keys of FAILURES. */
class EngineError extends Error {
  constructor(reason, cause, detail = '') {
    super(`Boussole: ${reason}`, { cause });
    this.reason = reason;
    this.detail = detail;
  }
}

/**
 * Loads the wasm engine once for every planner on the page. The file is fetched here (the same
 * request as the page's preload) so that a failure can be told apart: no answer at all (another
 * origin without CORS, or no network), an HTTP error, or an answer that is not WebAssembly (an
 * HTML page served in its place). The engine travels gzipped, so that a server which compresses
 * nothing (as many blog hosts) still sends less than half of it; it is read whole (read piece
 * by piece from script, a download was at times reported cut when the page went, though it had
 * all come), told apart by its first bytes whatever type the server names, and expanded here.
 */
function loadEngine() {
  engine ??= (async () => {
    let response;
    try {
      response = await fetch(WASM_URL);
    } catch (error) {
      throw new EngineError('network', error);
    }
    if (!response.ok) {
      throw new EngineError(response.status === 404 || response.status === 410 ? 'missing' : 'status', undefined, String(response.status));
    }
    const type = (response.headers.get('content-type') || '').split(';')[0].trim();
    let bytes;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      throw new EngineError('network', error);
    }
    // Gzip as shipped, or WebAssembly (a server that named gzip as its encoding expanded it).
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const wasm = bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;
    try {
      return await init({ module_or_path: gzip ? await through(new DecompressionStream('gzip'), bytes) : bytes });
    } catch (error) {
      if (/Content.Security.Policy|unsafe-eval/i.test(String(error?.message))) throw new EngineError('csp', error);
      throw new EngineError(gzip || wasm ? 'damaged' : 'not-wasm', error, type);
    }
  })();
  return engine;
}

// What the planner says when its engine did not load. These few sentences live here, not in
// the wasm with every other text, because the wasm is precisely what failed to load.
// French typography: a narrow no-break space (U+202F) before « : » and « ; ».
const FAILURES = {
  fr: {
    start: `Boussole n’a pas pu démarrer\u202f: `,
    network: `le fichier ${WASM} n’a pas pu être téléchargé. S’il est sur un autre domaine que la page, son serveur doit l’envoyer avec l’en-tête Access-Control-Allow-Origin\u202f; sinon, vérifiez la connexion.`,
    missing: `le fichier ${WASM} est introuvable sur le serveur (erreur 404). Vérifiez qu’il a été déposé dans le dossier pkg/ à côté de boussole.js.`,
    status: (code) => `le serveur a répondu par une erreur ${code} au lieu d’envoyer le fichier ${WASM}.`,
    'not-wasm': (type) => `le serveur a envoyé ${type ? `un fichier ${type}` : 'autre chose'} au lieu du fichier ${WASM}. Vérifiez que ce fichier a été déposé dans le dossier pkg/ à côté de boussole.js.`,
    damaged: `le fichier ${WASM} est abîmé ou incomplet. Déposez-le de nouveau (en mode binaire).`,
    csp: `la politique de sécurité (Content-Security-Policy) de la page interdit WebAssembly. Ajoutez 'wasm-unsafe-eval' à sa directive script-src.`,
    other: `le fichier ${WASM} n’a pas été chargé. Vérifiez qu’il a été déposé dans le dossier pkg/ à côté de boussole.js et, s’il est sur un autre domaine, que son serveur l’envoie avec l’en-tête Access-Control-Allow-Origin.`,
  },
  en: {
    start: 'Boussole could not start: ',
    network: `the file ${WASM} could not be downloaded. If it is on another domain than the page, its server must send it with the Access-Control-Allow-Origin header; otherwise, check the connection.`,
    missing: `the file ${WASM} is not on the server (error 404). Check that it was uploaded to the pkg/ folder beside boussole.js.`,
    status: (code) => `the server answered with an error ${code} instead of sending the file ${WASM}.`,
    'not-wasm': (type) => `the server sent ${type ? `a ${type} file` : 'something else'} instead of the file ${WASM}. Check that it was uploaded to the pkg/ folder beside boussole.js.`,
    damaged: `the file ${WASM} is damaged or incomplete. Upload it again (in binary mode).`,
    csp: `the page’s security policy (Content-Security-Policy) forbids WebAssembly. Add 'wasm-unsafe-eval' to its script-src directive.`,
    other: `the file ${WASM} was not loaded. Check that it was uploaded to the pkg/ folder beside boussole.js and, if it is on another domain, that its server sends it with the Access-Control-Allow-Origin header.`,
  },
};

/** The failure message in the element's language (its lang, else the page's, else the browser's). */
function failureText(element, error) {
  const lang = element.getAttribute('lang') || document.documentElement.lang || navigator.language || '';
  const words = FAILURES[lang.toLowerCase().startsWith('fr') ? 'fr' : 'en'];
  const reason = error instanceof EngineError ? error.reason : 'other';
  const part = words[reason];
  return words.start + (typeof part === 'function' ? part(error.detail) : part);
}

/**
 * The most a plan's text may weigh (a `plan` file, a share link once expanded, a file to
 * import): a plan is a few kilobytes. The engine refuses more (session::MAX_PLAN_BYTES, the same
 * number), so no more than a byte past it is ever read: enough for it to say « too large ».
 */
const MAX_PLAN_BYTES = 1024 * 1024;

/** A file's text, of its first MAX_PLAN_BYTES + 1 bytes at most (a 40 MB file is not read). */
const readCapped = (file) => (file.size > MAX_PLAN_BYTES ? file.slice(0, MAX_PLAN_BYTES + 1) : file).text();

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
const fromBase64Url = (text) => {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

async function through(stream, bytes) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/**
 * `bytes` as a stream of 512-byte pieces, each given only when the stream it feeds asks for
 * more: Chromium's DecompressionStream expands each piece it is given whole, and deflate
 * expands 1 byte to 1 KB at most, so no step does more than half a megabyte of work.
 */
const pieces = (bytes) => {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.subarray(at, (at += 512)));
    },
  }, { highWaterMark: 0 });
};

/**
 * The JSON text of a `#z=` link, expanded as a stream that stops a byte past MAX_PLAN_BYTES:
 * a deflate bomb (50 KB that expand to 50 MB) costs no more than a plan that is too large.
 */
async function expand(bytes) {
  const reader = pieces(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  while (size <= MAX_PLAN_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size > MAX_PLAN_BYTES) reader.cancel().catch(() => {});
  const text = new Uint8Array(Math.min(size, MAX_PLAN_BYTES + 1));
  let at = 0;
  for (const chunk of chunks) {
    text.set(chunk.subarray(0, text.length - at), at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(text);
}

/**
 * The plan of a share link in the address (`#plan=` and its JSON, or `#z=` and the same
 * compressed), as JSON text (cut a byte past MAX_PLAN_BYTES); `''` for a link that cannot be
 * read, a `%XX` cut short included (the planner says so). The address forgets it at once, so
 * that a reload shows the latest edits, never the link again.
 */
async function takeSharedPlan() {
  const hash = location.hash;
  if (!hash.startsWith(PLAN) && !hash.startsWith(PACKED)) return undefined;
  history.replaceState(null, '', location.pathname + location.search);
  try {
    if (hash.startsWith(PLAN)) return decodeURIComponent(hash.slice(PLAN.length));
    return await expand(fromBase64Url(hash.slice(PACKED.length)));
  } catch {
    return '';
  }
}

/** The link to a plan (JSON text), compressed when the browser can; the address is left alone. */
async function shareLink(json) {
  const base = location.href.split('#')[0];
  try {
    const bytes = await through(new CompressionStream('deflate-raw'), new TextEncoder().encode(json));
    return base + PACKED + toBase64Url(bytes);
  } catch {
    return base + PLAN + encodeURIComponent(json);
  }
}

/** Offers `text` as a file to save, without any request. */
function download(name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * A first visit's screen in the planner's language, when nothing else can come first: no plan
 * given by the host page or a link, no start chosen by the host, and nothing any planner saved
 * in this browser. Otherwise undefined: the engine decides what comes first.
 */
function firstVisitScreen(element) {
  if (['plan', 'start', 'storage'].some((name) => element.hasAttribute(name))) return undefined;
  if (location.hash.startsWith(PLAN) || location.hash.startsWith(PACKED)) return undefined;
  try {
    const store = window.localStorage;
    for (let i = 0; i < store.length; i += 1) if (store.key(i).startsWith(firstVisit.prefix)) return undefined;
  } catch {
    return undefined; // storage blocked: the engine says so on this screen
  }
  // As session::locale_of: the `lang` attribute when it names a language of the planner, else
  // French for a French browser and English for any other.
  const primary = (tag) => (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const named = primary(element.getAttribute('lang'));
  const { screens } = firstVisit;
  return Object.hasOwn(screens, named) ? screens[named] : screens[primary(navigator.language) === 'fr' ? 'fr' : 'en'];
}

/** localStorage, or null where the page may not use it (a sandboxed frame, storage blocked). */
function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
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
    target: button?.dataset.target ?? null,
    role: target.getAttribute('role'),
    key: event.key ?? '',
  };
}

/** Quiet time before the live region announces the results. */
const ANNOUNCE_DELAY_MS = 1200;
/** Quiet time before what need not happen on every keystroke (saving, telling the host page). */
const SETTLE_DELAY_MS = 250;

// A panic leaves the wasm instance unusable: every planner of the page says so and stops, and
// none calls it again (one waiting for its start, added later, or added back stops at once).
let panic;
globalThis.__boussolePanic = (message) => {
  panic ??= message;
  for (const element of document.querySelectorAll('boussole-planner')) element.crashed?.(message);
};

export class BoussolePlanner extends HTMLElement {
  static observedAttributes = ['lang', 'currency', 'plan', 'compact', 'storage'];

  async connectedCallback() {
    if (this.planner || this.starting) return;
    this.starting = true;
    try {
      let plan;
      let shared;
      // The engine first: it downloads and compiles while the first visit's screen is drawn.
      const engine = loadEngine();
      const early = this.drawFirstVisit();
      try {
        [, plan, shared] = await Promise.all([
          engine, planAttribute(this.getAttribute('plan')), takeSharedPlan(), early,
        ]);
      } catch (error) {
        this.failed(error);
        return;
      }
      if (!this.isConnected) return;
      if (panic !== undefined) {
        this.crashed(panic);
        return;
      }
      const key = savedUnder(this.getAttribute('storage') || undefined, this.id || storageKey(this));
      const store = storage();
      let saved;
      let blocked = !store;
      try {
        if (key && store) saved = store.getItem(key) ?? undefined;
      } catch {
        blocked = true;
      }
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      render(shell(STYLES), root);
      this.root = root;
      let first;
      [this.planner, first] = Planner.start({
        lang: this.getAttribute('lang') || undefined,
        currency: this.getAttribute('currency') || undefined,
        storage: this.getAttribute('storage') || undefined,
        start: this.getAttribute('start') || undefined,
        key: this.id || storageKey(this),
        plan,
        saved,
        shared,
        blocked,
        browser: navigator.language,
        // The page's clock, for the quarter an empty plan starts with.
        today: `${new Date().getFullYear()}-${new Date().getMonth() + 1}`,
      });
      this.timers = {};
      this.earlyClicks?.abort();
      this.listen();
      this.apply(first);
      // A choice made on the first visit's screen before the engine came is made now.
      const chosen = this.chosen;
      this.chosen = undefined;
      if (chosen) this.apply(this.planner.handle(chosen));
      await stylesLoaded(root);
      root.querySelector('.bp-app')?.removeAttribute('hidden');
      this.dataset.ready = 'true';
      if (!performance.getEntriesByName('boussole:first-result').length) performance.mark('boussole:first-result');
    } finally {
      this.starting = false;
    }
  }

  /**
   * Draws a first visit's screen while the engine loads (see `firstVisitScreen`), as the engine
   * would: its first update then changes nothing. A button pressed meanwhile is kept for it.
   */
  drawFirstVisit() {
    const screen = firstVisitScreen(this);
    if (!screen) return undefined;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    render(shell(STYLES), root);
    this.root = root;
    this.apply({ dom: screen });
    this.earlyClicks = new AbortController();
    root.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-action]')) this.chosen = readEvent(event);
    }, { signal: this.earlyClicks.signal });
    return stylesLoaded(root).then(() => {
      if (!this.planner && this.root === root) root.querySelector('.bp-app')?.removeAttribute('hidden');
    });
  }

  /**
   * The engine did not load: say so in the element, as text (an alert), styled through the
   * CSSOM (which a CSP without 'unsafe-inline' allows), and tell the host page by a
   * `boussole-error` event.
   */
  failed(error, reason = error instanceof EngineError ? error.reason : 'other', text = failureText(this, error)) {
    console.error(error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = text;
    Object.assign(message.style, {
      margin: '0', padding: '.75em 1em', maxWidth: '60em', border: '1px solid', borderLeftWidth: '.3em',
      borderRadius: '.5em', font: '1rem/1.5 system-ui, sans-serif', color: 'var(--boussole-error, #a40e26)',
      background: 'var(--boussole-bg, #fff)',
    });
    (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).replaceChildren(message);
    this.dataset.error = reason;
    this.dispatchEvent(new CustomEvent('boussole-error', {
      bubbles: true, composed: true, detail: { reason, message: message.textContent },
    }));
  }

  /** The engine panicked (a bug): the planner stops, says so, and tells the host page (once). */
  crashed(message) {
    if ((!this.planner && !this.starting) || this.dataset.error === 'panic') return;
    this.stop();
    const lang = this.getAttribute('lang') || document.documentElement.lang || navigator.language || '';
    const text = lang.toLowerCase().startsWith('fr')
      ? 'Boussole s’est arrêtée sur une erreur interne. Rechargez la page : votre plan est enregistré dans ce navigateur.'
      : 'Boussole stopped on an internal error. Reload the page: your plan is saved in this browser.';
    this.failed(new Error(message), 'panic', text);
  }

  /** Carries out an update of the planner, in order. */
  apply(update) {
    if (!update || !this.root) return;
    const root = this.root;
    const all = (selector) => root.querySelectorAll(selector);
    for (const { op, args } of update.dom) {
      switch (op) {
        // Written only when different: the same text written again still replaces its node.
        case 'text':
          for (const el of all(args[0])) if (el.textContent !== (args[1] ?? '')) el.textContent = args[1] ?? '';
          break;
        case 'attr':
          for (const el of all(args[0])) {
            if (args[2] === null) el.removeAttribute(args[1]);
            else if (el.getAttribute(args[1]) !== args[2]) el.setAttribute(args[1], args[2]);
          }
          break;
        case 'move': {
          const [el, into] = [root.querySelector(args[0]), root.querySelector(args[1])];
          if (el && into && el.parentElement !== into) into.append(el);
          break;
        }
        case 'focus':
          for (const selector of args) {
            const el = root.querySelector(selector);
            if (el && !el.hasAttribute('disabled') && !el.hasAttribute('hidden')) {
              el.focus();
              if (root.activeElement === el) break;
            }
          }
          break;
        case 'results': draw('results', root.querySelector('.bp-results'), args); break;
        case 'glance': draw('glance', root.querySelector('.bp-glance'), args); break;
        case 'form': draw('form', root.querySelector('.bp-form-slot'), args); break;
        case 'tabs': draw('tabs', root.querySelector('.bp-tabs'), args); break;
        case 'welcome': draw('welcome', root.querySelector('.bp-welcome'), args); break;
        case 'banner': draw('banner', root.querySelector('.bp-banner'), args); break;
        case 'summary': draw('summary', root.querySelector('.bp-summary'), args); break;
        case 'share': draw('share', root.querySelector('.bp-share'), args); break;
        default: break;
      }
    }
    if (update.announce != null) {
      // Said once typing has paused, not on every keystroke (or on leaving the field: sayWaiting).
      clearTimeout(this.timers.announce);
      this.waiting = update.announce;
      this.timers.announce = setTimeout(() => this.sayWaiting(), ANNOUNCE_DELAY_MS);
    }
    if (update.effect) this.carryOut(update.effect);
    if (update.say != null) this.say(update.say);
    if (update.settle === 'later') {
      clearTimeout(this.timers.settle);
      this.timers.settle = setTimeout(() => this.settle(), SETTLE_DELAY_MS);
    } else if (update.settle === 'now') {
      this.settle();
    }
  }

  /** Says something now in the live region. */
  say(text) {
    const live = this.root?.querySelector('.bp-live');
    if (live) live.textContent = text;
  }

  /** Says now what waits for a pause in typing, if anything does. */
  sayWaiting() {
    clearTimeout(this.timers.announce);
    if (this.waiting != null) this.say(this.waiting);
    this.waiting = undefined;
  }

  carryOut({ kind, with: value }) {
    const copy = (text) => {
      const failed = () => this.apply(this.answered()?.copyFailed());
      if (!navigator.clipboard) failed();
      else navigator.clipboard.writeText(text).catch(failed);
    };
    switch (kind) {
      case 'copy': copy(value); break;
      case 'copyLink': shareLink(JSON.stringify(value)).then(copy); break;
      case 'download': download(value.name, value.mime, value.text); break;
      case 'downloadJson': download(value.name, 'application/json', JSON.stringify(value.doc, null, 2)); break;
      case 'print': window.print(); break;
      case 'openImport': {
        const input = this.root.querySelector('.bp-import');
        input.value = '';
        input.click();
        break;
      }
      default: break;
    }
  }

  /**
   * Typing is answered in a task of its own, posted by the key's handler, which only keeps
   * what was typed: the answer comes as soon as the key's (before the next frame, as if the
   * handler had made it), but keys that come faster than the planner answers (a fast typist
   * on a slow phone, a held key) are answered once, for the last text, since the browser
   * hands pending keys over before other tasks.
   */
  typeLater(event) {
    if (this.typing && this.typing.target !== event.target) this.typeNow();
    this.typing = { target: event.target, typed: readEvent(event) };
    if (this.typingPosted) return;
    this.typingPosted = true;
    if (!this.typingTask) {
      this.typingTask = new MessageChannel();
      this.typingTask.port1.onmessage = () => this.typeNow();
    }
    this.typingTask.port2.postMessage(0);
  }

  /** The planner, once what was typed is answered: whatever asks it anything comes after. */
  answered() {
    this.typeNow();
    return this.planner;
  }

  /** Hands the planner what was typed and not yet answered. */
  typeNow() {
    this.typingPosted = false;
    const typing = this.typing;
    this.typing = undefined;
    if (typing && this.planner) this.apply(this.planner.handle(typing.typed));
  }

  /** Saves now and sends `boussole-change` if the plan changed. */
  settle() {
    const planner = this.answered();
    clearTimeout(this.timers.settle);
    this.timers.settle = undefined;
    if (!planner) return;
    const { key, saved, change } = planner.settle();
    if (key && saved != null) {
      let ok = true;
      try {
        storage().setItem(key, saved);
      } catch {
        ok = false;
      }
      this.apply(planner.saveResult(ok));
    }
    if (change) {
      this.dispatchEvent(new CustomEvent('boussole-change', { bubbles: true, composed: true, detail: change }));
    }
  }

  /** Every listener goes with one signal, so that leaving the page removes them all. */
  listen() {
    this.listening = new AbortController();
    const { signal } = this.listening;
    const root = this.root;
    // The summary bar's height, which a focused control keeps clear of (base.css, scroll-margin).
    const [app, glance] = [root.querySelector('.bp-app'), root.querySelector('.bp-glance')];
    const bar = new ResizeObserver(() => app.style.setProperty('--bp-glance-height', `${glance.offsetHeight}px`));
    bar.observe(glance);
    signal.addEventListener('abort', () => bar.disconnect());
    for (const kind of ['input', 'change', 'click', 'keydown']) {
      root.addEventListener(kind, (event) => {
        if (!(event.target instanceof Element) || !this.planner) return;
        if (kind === 'input') {
          this.typeLater(event);
          return;
        }
        // Anything else hands what was typed over first, but for a key pressed in the field
        // being typed in (it means nothing to the planner there).
        if (kind !== 'keydown' || event.target !== this.typing?.target) this.typeNow();
        if (kind === 'change' && event.target.classList.contains('bp-import')) {
          const file = event.target.files?.[0];
          if (file) readCapped(file).then((text) => this.apply(this.answered()?.importJson(text)));
        } else if (kind === 'change' && event.target.classList.contains('bp-history-file')) {
          // Read here, never sent: the months go into the history box as if pasted.
          const file = event.target.files?.[0];
          if (file) readCapped(file).then((text) => {
            const box = root.querySelector('[name="history.months"]');
            if (!box) return;
            box.value = text;
            box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          });
        } else {
          const update = this.planner.handle(readEvent(event));
          if (update) {
            event.preventDefault();
            this.apply(update);
          }
        }
      }, { signal });
    }
    // Leaving a field says at once what waits for a pause in typing: quick tabbing loses nothing.
    root.addEventListener('focusout', (event) => {
      if (!(event.target instanceof Element) || !event.target.matches('input, select, textarea')) return;
      this.typeNow();
      this.sayWaiting();
    }, { signal });
    // The printout's date (Ctrl+P as well as the Print button), in the planner's language.
    window.addEventListener('beforeprint', () => {
      for (const date of root.querySelectorAll('.bp-print-date')) {
        const lang = date.closest('[lang]')?.lang || undefined;
        date.textContent = new Date().toLocaleDateString(lang, { dateStyle: 'long' });
      }
    }, { signal });
    // Another tab of this browser saved (any key: the planner knows its own and decides).
    window.addEventListener('storage', (event) => {
      if (this.planner && event.key !== null && event.storageArea === storage()) {
        this.apply(this.answered().storedElsewhere(event.key, event.newValue ?? undefined));
      }
    }, { signal });
    // Leaving the page saves what still waits for a pause in typing.
    window.addEventListener('pagehide', () => this.flush(), { signal });
    // A share link pasted in the address of an open page changes only its fragment: what
    // waits is saved first (the visitor's own plan is not saved again until they choose).
    window.addEventListener('hashchange', async () => {
      const shared = await takeSharedPlan();
      if (shared === undefined || !this.planner) return;
      this.flush();
      this.apply(this.answered().openLink(shared));
    }, { signal });
  }

  /** Saves what still waits for a pause in typing. */
  flush() {
    this.typeNow();
    if (this.timers?.settle !== undefined) this.settle();
  }

  /** Stops listening and frees the planner (saving what waits first). */
  stop() {
    this.listening?.abort();
    clearTimeout(this.timers?.announce);
    clearTimeout(this.timers?.settle);
    this.typing = undefined;
    const planner = this.planner;
    this.planner = undefined;
    try {
      planner?.free();
    } catch { /* a panicked instance */ }
    delete this.dataset.ready;
  }

  /** Removed from the page (not merely moved): save, stop listening, free the planner. */
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected || !this.planner) return;
      this.flush();
      this.stop();
    });
  }

  async attributeChangedCallback(name, old, value) {
    if (!this.planner || old === value) return;
    if (name !== 'plan') {
      this.apply(this.answered().attributeChanged(name, value ?? undefined, navigator.language));
      return;
    }
    const text = await planAttribute(value);
    const loaded = text !== undefined ? this.answered()?.loadPlanJson(text) : undefined;
    if (loaded?.Ok) this.apply(loaded.Ok);
  }

  /** The plan the form shows now (a PlanInput object), or null while it has errors. */
  get plan() {
    return this.answered()?.currentPlan() ?? null;
  }

  /** The plan with its closed quarters (a ReviewInput object), or null without closed quarters or while they have errors. */
  get review() {
    return this.answered()?.currentReview() ?? null;
  }
}

if (!customElements.get('boussole-planner')) {
  customElements.define('boussole-planner', BoussolePlanner);
}
