// Serves a built site (or a fixture site) for the tests on 127.0.0.1 under a base path such as
// /budget/, with sirv, the file server inside Vite's own preview. `dev: true` reads the disk on
// every request, so a site built after the server started (the e2e setup needs the port before
// the build) is served as built; responses are never compressed (the byte budget is measured
// uncompressed) nor cached (`no-store`). Staff preview a build with `npm run serve:dist`
// (astro preview) instead.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export type StaticServer = {
  /** Origin plus base path, always ending in '/', e.g. http://127.0.0.1:4321/budget/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
};

export type ServeOptions = {
  /** Directory whose contents appear at `base`. */
  root: string;
  /** URL sub-path, with leading and trailing slash. Default '/'. */
  base?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
};

export async function serveStatic({ root, base = '/', port = 0 }: ServeOptions): Promise<StaticServer> {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const dir = resolve(root);
  const files = sirv(dir, { dev: true });
  /** 404 with the site's own 404.html, as a static host answers. */
  const notFound = (res: ServerResponse) => {
    const page = join(dir, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(existsSync(page) ? readFileSync(page) : '404 not found');
  };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return notFound(res);
    req.url = url.slice(base.length - 1);
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
