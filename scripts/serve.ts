// Tiny static file server for the built site, mounted under a sub-path (e.g. /budget/)
// so the browser tests see the same URLs as production. Loopback only, GET/HEAD only,
// never serves outside the root directory.

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index files are binary (gzip-compressed) fragments fetched by pagefind.js.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticServer = {
  /** Origin plus base path, always ending in '/', e.g. http://127.0.0.1:4321/budget/ */
  url: string;
  origin: string;
  port: number;
  close: () => Promise<void>;
};

export type ServeOptions = {
  /** Directory whose contents appear at `base`. */
  root: string;
  /** URL sub-path, with leading and trailing slash. Default '/'. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path below `base` to a file, trying `x`, `x/index.html`, `x.html`. */
async function resolveFile(root: string, relPath: string): Promise<string | null> {
  const candidate = normalize(join(root, relPath));
  // Refuse anything that escapes the root (`..`, encoded slashes).
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const tries =
    relPath.endsWith('/') || relPath === ''
      ? [join(candidate, 'index.html')]
      : [candidate, join(candidate, 'index.html'), `${candidate}.html`];
  for (const t of tries) if (await isFile(t)) return t;
  return null;
}

export async function serveStatic(options: ServeOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);

  const server: Server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      // `/budget` without the slash: redirect like a real static host would.
      if (pathname === base.slice(0, -1)) {
        res.writeHead(301, { location: base }).end();
        return;
      }
      const file = pathname.startsWith(base) ? await resolveFile(root, pathname.slice(base.length)) : null;
      if (file === null) {
        const notFound = join(root, '404.html');
        const body = (await isFile(notFound)) ? await readFile(notFound) : Buffer.from('404 not found');
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      // A directory URL without trailing slash: redirect so relative URLs resolve correctly.
      if (!pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('index.html')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': contentTypeFor(file),
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  // Bound resource use: no slow-loris connections kept forever.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 1_000;
  server.maxConnections = 128;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// CLI: `npm run serve:dist` → serves dist/ until Ctrl-C under the BASE_PATH it was built with (default /).
if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  const port = Number(process.env.PORT ?? 4321);
  const s = await serveStatic({ root, base, port });
  console.log(`serving ${root} at ${s.url}`);
}
