/**
 * Operations endpoints: `/readyz` (public) and, with the admin token,
 * `/v1/admin/ring` (members, health, vnodes, shares, connections and live
 * messages per router, link status), `POST /v1/admin/drain`,
 * `POST /v1/admin/rejoin` and `GET /v1/admin/usage` (per-user usage over
 * `?from=&to=` days, one user with `?username=`). The ring answers for itself (a single router:
 * `kind: single`, and drain is VOX_NOT_FOUND). Answers JSON, or protobuf
 * by Accept (body-format.ts) except the ring status, whose open-ended shape
 * has no message, and the usage report: they answer JSON only (406 to an Accept without JSON);
 * /readyz never answers 406 (a probe reads its status).
 */
import { timingSafeEqual } from 'node:crypto';
import { clientError, toVoxError, VoxError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { RingAdmin } from '../cluster/ring.js';
import type { UsageReport } from '../usage/usage-report.js';
import type { HttpRequest, HttpResponse } from '../edge/transport.js';
import { writeBody, writeErrorBody, type BodyReply, type ResponseMessageName } from './api-body.js';
import { BODY_FORMATS, formatOrJson, JSON_ONLY, negotiateFormat, notAcceptable } from './body-format.js';

export interface AdminApiOptions {
  adminToken: string | undefined;
  ring: Pick<RingAdmin, 'selfId' | 'status'>;
  logger: Logger;
  /** This router's own /healthz fields (connections, live messages). */
  health(): Record<string, unknown>;
  /** False while shutting down or draining. */
  ready(): boolean;
  /** GET /v1/admin/usage. */
  usage: Pick<UsageReport, 'totals'>;
  /** Drain (true) or rejoin (false): flag in the ring, refuse or accept new connections, migrate users; VOX_NOT_FOUND alone. */
  setDraining(draining: boolean): Promise<void>;
}

/** Every path AdminApi answers (routeLabel keeps metric labels to these). */
const ADMIN_PATHS: ReadonlySet<string> = new Set(['/readyz', '/v1/admin/ring', '/v1/admin/drain', '/v1/admin/rejoin', '/v1/admin/usage']);

export class AdminApi {
  constructor(private readonly options: AdminApiOptions) {}

  handles(req: HttpRequest): boolean {
    return req.path === '/readyz' || req.path.startsWith('/v1/admin/');
  }

  /** The route a request it handles is for, for metrics and logs: its path when it is one of ours, else `/v1/admin/*`. */
  routeLabel(req: HttpRequest): string {
    return ADMIN_PATHS.has(req.path) ? req.path : '/v1/admin/*';
  }

  handle(req: HttpRequest, res: HttpResponse): void {
    this.dispatch(req, res).catch((err: unknown) => this.fail(req, res, err));
  }

  private async dispatch(req: HttpRequest, res: HttpResponse): Promise<void> {
    if (req.path === '/readyz') {
      const ready = this.options.ready();
      writeBody(res, { format: formatOrJson(req.headers.accept), message: 'HttpReady' }, ready ? 200 : 503, { ready });
      return;
    }
    this.authorize(req);
    const route = `${req.method} ${req.path}`;
    switch (route) {
      case 'GET /v1/admin/ring': {
        if (negotiateFormat(req.headers.accept, JSON_ONLY) === undefined) throw notAcceptable(JSON_ONLY);
        const status = await this.options.ring.status(this.options.health());
        writeBody(res, { format: 'json', message: undefined }, 200, status);
        return;
      }
      case 'POST /v1/admin/drain':
      case 'POST /v1/admin/rejoin': {
        const draining = route.endsWith('drain');
        const reply = negotiatedReply(req, 'HttpDrain'); // before acting: a 406 changes nothing
        await this.options.setDraining(draining);
        writeBody(res, reply, 200, { router: this.options.ring.selfId, draining });
        return;
      }
      case 'GET /v1/admin/usage': {
        // JSON only, like the ring status: a report for operators, with no protobuf message yet.
        if (negotiateFormat(req.headers.accept, JSON_ONLY) === undefined) throw notAcceptable(JSON_ONLY);
        const { query } = req;
        const users = await this.options.usage.totals({ username: query.get('username'), from: query.get('from'), to: query.get('to') });
        writeBody(res, { format: 'json', message: undefined }, 200, { users });
        return;
      }
      default:
        throw new VoxError('VOX_NOT_FOUND', 'admin endpoints: GET /v1/admin/ring, POST /v1/admin/drain, POST /v1/admin/rejoin, GET /v1/admin/usage');
    }
  }

  private authorize(req: HttpRequest): void {
    const expected = this.options.adminToken;
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const given = match?.[1];
    if (expected !== undefined && given !== undefined) {
      const a = Buffer.from(given);
      const b = Buffer.from(expected);
      if (a.length === b.length && timingSafeEqual(a, b)) return;
    }
    this.options.logger.info({ kind: 'admin', addr: req.remoteAddress, path: req.path, code: 'VOX_ADMIN_TOKEN_INVALID' }, 'auth refused');
    throw new VoxError('VOX_ADMIN_TOKEN_INVALID');
  }

  private fail(req: HttpRequest, res: HttpResponse, err: unknown): void {
    const error = toVoxError(err);
    if (error.status >= 500) this.options.logger.error({ err }, 'admin request failed');
    if (res.aborted) return;
    writeErrorBody(res, req.headers.accept, error.status, { error: clientError(error) });
  }
}

/** JSON or `message`, as the request's Accept prefers; throws VOX_NOT_ACCEPTABLE when it allows neither. */
function negotiatedReply(req: HttpRequest, message: ResponseMessageName): BodyReply {
  const format = negotiateFormat(req.headers.accept);
  if (format === undefined) throw notAcceptable(BODY_FORMATS);
  return { format, message };
}
