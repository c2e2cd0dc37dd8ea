/**
 * One access line and the HTTP metrics per request. Wraps the router's onHttp:
 * the response it hands on records the status sent, the bytes written and
 * when the response ended (or the client went away), so every route, error
 * answers included, is counted once without each handler knowing.
 */
import { performance } from 'node:perf_hooks';
import type { Logger } from '../../common/logger.js';
import type { HttpRequest, HttpResponse } from '../edge/transport.js';

/** The status counted for a request whose client went away before a status was sent (nginx's convention). */
export const CLIENT_CLOSED_REQUEST = 499;

/** Probes and scrapes, logged at debug so that they do not drown the info lines. */
const QUIET_ROUTES: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

export interface HttpAccessOptions {
  logger: Logger;
  /** The bounded name of the route a request is for (metric label, log field). */
  routeOf(req: HttpRequest): string;
  /** Counts the request under voxring_http_requests_total and its duration. */
  observe(route: string, method: string, status: number, seconds: number): void;
}

type OnHttp = (req: HttpRequest, res: HttpResponse) => void;

/** `onHttp` with an access line (info; probes at debug) and metrics for every request. The query is never logged (it may hold a token). */
export function withHttpAccess(onHttp: OnHttp, options: HttpAccessOptions): OnHttp {
  return (req, res) => {
    const started = performance.now();
    let status = 0;
    let bytes = 0;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      const ms = performance.now() - started;
      const route = options.routeOf(req);
      const sent = status === 0 ? CLIENT_CLOSED_REQUEST : status;
      options.observe(route, req.method, sent, ms / 1000);
      const line = { method: req.method, path: req.path, route, status: sent, ms: Math.round(ms * 10) / 10, bytes, addr: req.remoteAddress, ...(res.aborted ? { aborted: true } : {}) };
      if (QUIET_ROUTES.has(route)) options.logger.debug(line, 'http');
      else options.logger.info(line, 'http');
    };
    res.onAborted(finish);
    const watched: HttpResponse = {
      get aborted() {
        return res.aborted;
      },
      writeHead(code, headers) {
        status = code;
        res.writeHead(code, headers);
      },
      write(chunk) {
        bytes += byteLength(chunk);
        return res.write(chunk);
      },
      end(chunk) {
        if (chunk !== undefined) bytes += byteLength(chunk);
        res.end(chunk);
        finish();
      },
      onAborted: (callback) => res.onAborted(callback),
      onWritable: (callback) => res.onWritable(callback),
    };
    onHttp(req, watched);
  };
}

function byteLength(chunk: Uint8Array | string): number {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
}
