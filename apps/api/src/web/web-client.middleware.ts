import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';

/** Paths that belong to the server: never a static file, never the SPA fallback. */
export const SERVER_PREFIXES = ['graphql', 'health', 'attachments', 'exports', 'departure-imports', 'forwarding-imports', 'tip-reports', 'api'];

interface Req {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}
interface Res {
  setHeader(name: string, value: string): void;
  sendFile(path: string, cb: (err?: Error) => void): void;
  headersSent: boolean;
}

/**
 * Where the build is: RENKEI_WEB_DIST, else apps/web/dist found upwards from this file (the
 * same code runs from apps/api/src under ts-jest and from dist/apps/api/src when compiled).
 */
export function findWebDist(from = __dirname): string | null {
  if (process.env.RENKEI_WEB_DIST) return existsSync(join(process.env.RENKEI_WEB_DIST, 'index.html')) ? resolve(process.env.RENKEI_WEB_DIST) : null;
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

// The client's own scripts and styles only; Apollo talks to the same origin.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

@Injectable()
export class WebClientMiddleware implements NestMiddleware {
  private readonly logger = new Logger('WebClient');
  private readonly root = findWebDist();

  constructor() {
    if (!this.root) this.logger.warn('web client not built (npm run build:web): serving the API only');
  }

  use(req: Req, res: Res, next: (error?: unknown) => void): void {
    if (!this.root || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const path = decodeSafe(req.path);
    if (path === null || SERVER_PREFIXES.includes(path.split('/')[1] ?? '')) return next();

    const file = this.fileFor(path);
    if (file) {
      // Hashed bundles never change; index.html must be re-read to pick up a new build.
      res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (extname(file) === '.html') this.htmlHeaders(res);
      return res.sendFile(file, (err) => err && !res.headersSent && next(err));
    }
    // SPA fallback: a client route (no file extension) asked for by a browser gets index.html.
    const accept = String(req.headers.accept ?? '');
    if (extname(path) === '' && accept.includes('text/html')) {
      res.setHeader('Cache-Control', 'no-cache');
      this.htmlHeaders(res);
      return res.sendFile(join(this.root, 'index.html'), (err) => err && !res.headersSent && next(err));
    }
    return next();
  }

  private fileFor(path: string): string | null {
    const target = normalize(join(this.root!, path === '/' ? 'index.html' : path));
    // No escaping the build folder (../), whatever the request says.
    if (target !== this.root && !target.startsWith(this.root! + sep)) return null;
    try {
      return statSync(target).isFile() ? target : null;
    } catch {
      return null;
    }
  }

  private htmlHeaders(res: Res): void {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
  }
}

function decodeSafe(path: string): string | null {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}
