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
import { writeBody, writeErrorBody, type BodyReply } from './api-body.js';
import { bindRoutes, replyFor, type BoundRoute } from './route-spec.js';
import { ADMIN_ROUTES, type AdminOperationId } from './route-table.js';

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

type AdminHandler = (req: HttpRequest, res: HttpResponse, reply: BodyReply) => Promise<void>;

export class AdminApi {
  private readonly routes: BoundRoute<AdminHandler>[];

  constructor(private readonly options: AdminApiOptions) {
    // Dispatched from the declared table (route-table.ts), each route's handler found by its operationId.
    const handlers: Record<AdminOperationId, AdminHandler> = {
      readyz: this.readyz,
      ringStatus: this.ringStatus,
      drain: (req, res, reply) => this.setDraining(res, reply, true),
      rejoin: (req, res, reply) => this.setDraining(res, reply, false),
      usage: this.usage,
    };
    this.routes = bindRoutes(ADMIN_ROUTES, handlers);
  }

  handles(req: HttpRequest): boolean {
    return req.path === '/readyz' || req.path.startsWith('/v1/admin/');
  }

  /** The route a request it handles is for, for metrics and logs: its label when it is one of ours, else `/v1/admin/*`. */
  routeLabel(req: HttpRequest): string {
    return this.routes.find((route) => route.pattern.test(req.path))?.label ?? '/v1/admin/*';
  }

  handle(req: HttpRequest, res: HttpResponse): void {
    this.dispatch(req, res).catch((err: unknown) => this.fail(req, res, err));
  }

  private async dispatch(req: HttpRequest, res: HttpResponse): Promise<void> {
    // A public route (the /readyz probe) answers whatever the method: a probe reads its status.
    const open = this.routes.find((route) => route.spec.auth === 'none' && route.pattern.test(req.path));
    if (open) return open.handler(req, res, reply(open, req));
    this.authorize(req);
    const route = this.routes.find((r) => r.spec.method === req.method && r.pattern.test(req.path));
    if (!route) throw new VoxError('VOX_NOT_FOUND', `admin endpoints: ${this.adminRoutes()}`);
    // Negotiated before the route acts: a 406 changes nothing.
    await route.handler(req, res, reply(route, req));
  }

  private readyz: AdminHandler = async (_req, res, reply) => {
    const ready = this.options.ready();
    writeBody(res, reply, ready ? 200 : 503, { ready });
  };

  /** JSON only: its open-ended shape has no protobuf message. */
  private ringStatus: AdminHandler = async (_req, res, reply) => {
    const status = await this.options.ring.status(this.options.health());
    writeBody(res, reply, 200, status);
  };

  private async setDraining(res: HttpResponse, reply: BodyReply, draining: boolean): Promise<void> {
    await this.options.setDraining(draining);
    writeBody(res, reply, 200, { router: this.options.ring.selfId, draining });
  }

  /** JSON only, like the ring status: a report for operators, with no protobuf message yet. */
  private usage: AdminHandler = async (req, res, reply) => {
    const { query } = req;
    const users = await this.options.usage.totals({ username: query.get('username'), from: query.get('from'), to: query.get('to') });
    writeBody(res, reply, 200, { users });
  };

  /** `GET /v1/admin/ring, POST /v1/admin/drain, ...`: the admin routes, for the 404 of any other. */
  private adminRoutes(): string {
    return this.routes
      .filter((route) => route.spec.auth === 'admin')
      .map((route) => `${route.spec.method} ${route.spec.path}`)
      .join(', ');
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

/** The form the route answers this request in (every admin route answers JSON, some protobuf too); throws VOX_NOT_ACCEPTABLE. */
function reply(route: BoundRoute<AdminHandler>, req: HttpRequest): BodyReply {
  return replyFor(route.spec, req.headers.accept) ?? { format: 'json', message: undefined };
}
