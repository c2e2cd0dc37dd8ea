/**
 * The transport's handlers from the moment the router listens, which is
 * before its stores are open: while Postgres is waited for (storeStartTimeoutMs)
 * a supervisor's probe gets an answer instead of a refused connection.
 * Until `open()` hands over to the real handlers, `/healthz` and `/readyz`
 * answer 503 `{"status":"starting"}`, every other request 503
 * `VOX_STARTING`, and every WebSocket upgrade is refused the same way.
 */
import { clientError, VoxError } from '../common/errors.js';
import { refuseUpgrade } from './door.js';
import type { HttpRequest, HttpResponse, TransportHandlers } from './edge/transport.js';
import { writeErrorBody } from './http/api-body.js';

/** The probes a supervisor or load balancer polls. */
const PROBES: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

/** Whether this request is a probe that a starting router answers with 503 `starting`. */
export function isProbe(req: HttpRequest): boolean {
  return PROBES.has(req.path);
}

/**
 * 503 `{"status":"starting","router":…}` (probes, always JSON), or the
 * VOX_STARTING error (anything else; protobuf when Accept prefers it, as every error).
 */
export function answerStarting(req: HttpRequest, res: HttpResponse, routerId: string): void {
  if (res.aborted) return;
  if (!isProbe(req)) {
    writeErrorBody(res, req.headers.accept, 503, { error: clientError(new VoxError('VOX_STARTING')) }, { 'retry-after': '1' });
    return;
  }
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '1' });
  res.end(JSON.stringify({ status: 'starting', router: routerId }));
}

export class StartupGate {
  private current: TransportHandlers | undefined;

  constructor(private readonly routerId: string) {}

  /** Stable functions for the transport; each calls the real handler once the gate is open. */
  readonly handlers: TransportHandlers = {
    onHttp: (req, res) => (this.current ? this.current.onHttp(req, res) : answerStarting(req, res, this.routerId)),
    onUpgrade: (req) => (this.current ? this.current.onUpgrade(req) : refuseUpgrade(new VoxError('VOX_STARTING'))),
    // No connection opens before open(): every upgrade until then is refused.
    onOpen: (conn) => this.current?.onOpen(conn),
    onMessage: (conn, data, isBinary) => this.current?.onMessage(conn, data, isBinary),
    onDrain: (conn) => this.current?.onDrain(conn),
    onClose: (conn, code, reason) => this.current?.onClose(conn, code, reason),
    onPong: (conn) => this.current?.onPong?.(conn),
  };

  /** From now on the real handlers serve. */
  open(handlers: TransportHandlers): void {
    this.current = handlers;
  }
}
