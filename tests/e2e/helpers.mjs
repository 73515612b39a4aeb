// Shared helpers for the browser tests (node --test): a static server for www/ on a free
// loopback port, Debian Chromium driven by playwright-core, and request/console recorders.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat, mkdir } from 'node:fs/promises';
import { join, normalize, extname, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const WWW = join(ROOT, 'www');
export const TMP = process.env.TMPDIR && resolve(process.env.TMPDIR).startsWith(ROOT)
  ? resolve(process.env.TMPDIR)
  : join(ROOT, '.tmp');

/** Where the tests' screenshots go: the README's pictures in docs/ with `SCREENSHOTS=docs`. */
export const SHOT_DIR = process.env.SCREENSHOTS === 'docs' ? join(ROOT, 'docs') : TMP;
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` (default www/) on 127.0.0.1 at a free port. Returns {origin, url(path), close()}.
 * `options.cors` adds `Access-Control-Allow-Origin: *`, as a CDN serving Boussole to other sites
 * must; `options.pages` maps extra paths to HTML text (host pages written by a test);
 * `options.compress` serves brotli or gzip as a real host would, and `options.cache` sets
 * Cache-Control (default `no-store`). For a badly configured host: `options.missing` lists paths
 * answered 404, `options.mime` maps extensions to another Content-Type (`{'.wasm': 'text/plain'}`),
 * and `options.cors` may be a function of the path (CORS on some files only). `options.headers`
 * are sent with every answer (a host's Content-Security-Policy).
 */
export async function startServer(dir = WWW, options = {}) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const allowed = typeof options.cors === 'function' ? options.cors(path) : options.cors;
      const cors = allowed ? { 'access-control-allow-origin': '*' } : {};
      if (options.pages && path in options.pages) {
        const body = Buffer.from(options.pages[path]);
        res.writeHead(200, { ...options.headers, 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      if (options.missing?.includes(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let body = await readFile(file);
      const encoding = {};
      const accepts = String(req.headers['accept-encoding'] || '');
      // A file already compressed, declared as such (Apache's `AddEncoding x-gzip .gz`).
      const declared = options.encodings?.[extname(file).toLowerCase()];
      // As real servers do, a file already compressed is sent as it is.
      const compress = options.compress && extname(file).toLowerCase() !== '.gz';
      if (declared) {
        encoding['content-encoding'] = declared;
      } else if (compress && /\bbr\b/.test(accepts)) {
        body = brotliCompressSync(body);
        encoding['content-encoding'] = 'br';
      } else if (compress && /\bgzip\b/.test(accepts)) {
        body = gzipSync(body, { level: 9 });
        encoding['content-encoding'] = 'gzip';
      }
      res.writeHead(200, {
        ...options.headers,
        ...cors,
        ...encoding,
        'content-type': { ...MIME, ...options.mime }[extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': body.length,
        'cache-control': options.cache || 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (p = '/') => new URL(p, origin + '/').href,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    }),
  };
}

/**
 * Launches Debian Chromium with a fresh profile under .tmp/. Returns {context, page, close()}.
 * Options are passed to launchPersistentContext (viewport, locale, ...).
 */
export async function launchBrowser(options = {}) {
  await mkdir(TMP, { recursive: true });
  const userDataDir = await mkdtemp(join(TMP, 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'fr-FR',
    timeout: 60_000,
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    userDataDir,
    close: async () => {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Records every request made in the browser context: returns a live array of {url, method, resourceType}. */
export function recordRequests(contextOrPage) {
  const requests = [];
  contextOrPage.on('request', (r) => {
    requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType() });
  });
  return requests;
}

/** The recorded requests that left `origin` (data:/blob:/about: URLs are local and ignored). */
export function foreignRequests(requests, origin) {
  return requests.filter(({ url }) => {
    const u = new URL(url);
    if (['data:', 'blob:', 'about:'].includes(u.protocol)) return false;
    return u.origin !== origin;
  });
}

/** Records console errors/warnings and uncaught page errors: returns a live array of strings. */
export function recordConsoleErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return errors;
}

/**
 * Everything a page test needs: server + browser + recorders. `clipboard: true` lets the
 * page read and write the clipboard (the copy buttons).
 * Returns {server, browser, page, requests, consoleErrors, close()}.
 */
export async function openHarness(options = {}) {
  const server = await startServer(options.dir, options.server);
  let browser;
  try {
    browser = await launchBrowser(options.browser);
  } catch (err) {
    await server.close();
    throw err;
  }
  if (options.clipboard) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  }
  const requests = recordRequests(browser.context);
  const consoleErrors = recordConsoleErrors(browser.page);
  return {
    server,
    browser,
    page: browser.page,
    requests,
    consoleErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Runs axe-core (WCAG 2 A/AA rules) in the page. Returns the violations as
 * [{id, impact, help, targets}] (empty when the page passes).
 */
export async function runAxe(page) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations;
}
