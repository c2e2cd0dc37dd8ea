/**
 * The router's HTTP API (JSON, or protobuf by Accept: body-format.ts): accounts,
 * conversations, message headers, audio and pictures, timeline, health. Authenticated routes take
 * `Authorization: Bearer <token>` (or `?access_token=` for audio and
 * pictures, so an <audio> or <img> element can load them). Errors are `{ error: { code, message, retryable } }`
 * with the status from the error table; a 429 VOX_RATE_LIMITED adds
 * `retryAfterMs` and a `Retry-After` header (whole seconds). The routes are
 * declared in route-table.ts (also the OpenAPI document's source, served at
 * GET /v1/openapi.json) and dispatched from it to the handlers named there.
 */
import { clientError, toVoxError, VoxError } from '../../common/errors.js';
import type { ConversationId, MessageId } from '../../common/ids.js';
import type { Limits } from '../../common/config.js';
import type { Logger } from '../../common/logger.js';
import type { BodyStore } from '../../body-store/body-store.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import type { MessageHeader } from '../../proto/frames.js';
import { hashToken, type AccountService, type AuthenticatedUser } from '../people/account-service.js';
import { assertVoice, serveStoredAudio, streamLiveAudio } from './audio-endpoint.js';
import { assertImage, fullImage, imageBody, serveImage, uploadImage } from './image-endpoint.js';
import type { MessagePosts } from '../stream/message-posts.js';
import { sourceHolds } from '../stream/chunk-source.js';
import { assertNotGone } from '../stream/message-rules.js';
import type { MessageAccess } from '../delivery/message-access.js';
import type { MessageReceipts } from '../delivery/message-receipts.js';
import type { BlockList } from '../people/block-list.js';
import { parseListenMode, wireListenMode, type ListenModes } from '../people/listen-modes.js';
import type { StaticFiles } from '../edge/static-files.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { ConversationService } from '../people/conversation-service.js';
import type { LiveIngest } from '../stream/live-ingest.js';
import type { MessageRemoval } from '../stream/message-removal.js';
import type { MessageDelivery } from '../delivery/message-delivery.js';
import type { RouterMetrics } from '../metrics.js';
import type { RecentHeaders } from '../people/recent-headers.js';
import type { TimelineService } from '../people/timeline-service.js';
import type { HttpRequest, HttpResponse } from '../edge/transport.js';
import { toHttpConversation, toWireHeader } from '../wire-mappers.js';
import { RateLimitedError } from '../edge/attempt-limiter.js';
import type { AuthRateLimits } from '../edge/auth-rate-limits.js';
import { originOf } from '../edge/client-address.js';
import type { EventStreams } from './event-streams.js';
import { bearer, deviceIdParam, intParam, isStaticPath, resumeCursor } from './request-params.js';
import type { UsageRecorder } from '../usage/usage-meter.js';
import { countedResponse } from './counted-response.js';
import { writeBody, writeErrorBody, type BodyReply } from './api-body.js';
import { bindRoutes, replyFor, type BoundRoute } from './route-spec.js';
import { HTTP_ROUTES, type HttpOperationId } from './route-table.js';
import { openApiDocument, type OpenApiDocument } from './openapi.js';
import { loadProtoRoot } from './proto-json-schema.js';
import type { WebSocketDoor } from '../web-socket-doors.js';

export interface HttpApiOptions {
  accounts: AccountService;
  /** Sign-up, log-in and token use are limited per client address (log-in failures per username too). */
  rateLimits: AuthRateLimits;
  conversations: ConversationService;
  directory: ConversationDirectory;
  blocks: BlockList;
  /** GET/PUT /v1/conversations/:id/mode?deviceId=: how a device hears a conversation. */
  listenModes: ListenModes;
  /** Who may see a message by id (anyone else: 404, as for an unused id). */
  access: MessageAccess;
  /** Messages live here: their headers are newer than the stored ones. */
  live: Pick<LiveIngest, 'get'>;
  delivery: Pick<MessageDelivery, 'readableSource'>;
  removal: Pick<MessageRemoval, 'recall'>;
  /** Stores uploaded pictures. */
  posts: Pick<MessagePosts, 'postWithoutDevice'>;
  /** Who got and who heard messages: added to message headers and history pages. */
  receipts: Pick<MessageReceipts, 'forMessages'>;
  timeline: TimelineService;
  /** GET /v1/timeline/stream: the timeline as Server-Sent Events. */
  events: Pick<EventStreams, 'open'>;
  headers: HeaderStore;
  bodies: BodyStore;
  limits: Limits;
  logger: Logger;
  /** Extra fields for /healthz. */
  health: () => Record<string, unknown>;
  /** Served at GET /metrics (Prometheus text, no authentication); absent: 404. */
  metrics?: RouterMetrics;
  /** The web app, for GET/HEAD outside /v1/ and /healthz; absent: those are 404. */
  staticFiles?: StaticFiles;
  /** The user's home router URL and fallbacks, added to signup and login responses; undefined alone (nothing is added). */
  routeOf: (userId: string) => { home: string; fallbacks: string[] } | undefined;
  /** First history pages from the hot state's recent headers when they answer exactly; absent: from the header store. */
  history?: RecentHeaders;
  /** Named in the OpenAPI document's description (GET /v1/openapi.json). */
  webSocketDoors: readonly WebSocketDoor[];
  /** Audio and picture bytes downloaded count as delivered to the user (usage metering); absent: not counted. */
  usage?: UsageRecorder;
}

/** A request whose body (for POST) is already being read: uWS must start reading synchronously. */
interface ApiRequest extends HttpRequest {
  readonly bodyBytes: Promise<Buffer> | undefined;
  /** The negotiated form; undefined for routes that write their own type (audio, pictures, metrics). */
  readonly reply: BodyReply | undefined;
}

const JSON_REPLY: BodyReply = { format: 'json', message: undefined };

type Handler = (req: ApiRequest, res: HttpResponse, params: string[]) => Promise<void>;

const MAX_PAGE = 200;
/** How long an audio request waits for a finished body relayed from the router that holds it. */
const REMOTE_BODY_WAIT_MS = 3000;

export class HttpApi {
  private readonly routes: BoundRoute<Handler>[];
  /** Built at the first GET /v1/openapi.json, then kept: the tables do not change while running. */
  private openApiDocument: Promise<OpenApiDocument> | undefined;

  constructor(private readonly options: HttpApiOptions) {
    // Dispatched from the declared table (route-table.ts), each route's handler found by its operationId.
    const handlers: Record<HttpOperationId, Handler> = {
      healthz: this.healthz,
      getMetrics: this.getMetrics,
      openApi: this.openApi,
      signup: this.signup,
      login: this.login,
      logout: this.logout,
      listConversations: this.listConversations,
      createConversation: this.createConversation,
      getConversation: this.getConversation,
      addParticipants: this.addParticipants,
      removeParticipant: this.removeParticipant,
      leave: this.leave,
      markRead: this.markRead,
      postImage: this.postImage,
      setRetention: this.setRetention,
      getListenMode: this.getListenMode,
      setListenMode: this.setListenMode,
      listMessages: this.listMessages,
      getMessage: this.getMessage,
      recall: this.recall,
      getAudio: this.getAudio,
      getImage: this.getImage,
      getTimeline: this.getTimeline,
      streamTimeline: this.streamTimeline,
      listBlocks: this.listBlocks,
      block: this.block,
      unblock: this.unblock,
    };
    this.routes = bindRoutes(HTTP_ROUTES, handlers);
  }

  /** Transport entry point; never throws. */
  handle(req: HttpRequest, res: HttpResponse): void {
    let methodMismatch = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(req.path);
      if (!match) continue;
      if (route.spec.method !== req.method) {
        methodMismatch = true;
        continue;
      }
      const body = route.spec.body;
      const maxBody = body?.kind === 'raw' ? this.options.limits[body.maxBytes] : this.options.limits.maxHttpBodyBytes;
      const bodyBytes = req.method === 'POST' || req.method === 'PUT' ? req.readBody(maxBody) : undefined;
      bodyBytes?.catch(() => {}); // a handler that fails first never awaits it
      let apiRequest: ApiRequest;
      try {
        apiRequest = this.apiRequest(req, route, bodyBytes);
      } catch (err) {
        this.fail(req, res, err);
        return;
      }
      route.handler(apiRequest, res, match.slice(1)).catch((err: unknown) => this.fail(req, res, err));
      return;
    }
    const staticFiles = this.options.staticFiles;
    if (staticFiles && !methodMismatch && isStaticPath(req)) {
      staticFiles
        .serve(req, res)
        .then((served) => served || this.fail(req, res, new VoxError('VOX_NOT_FOUND')))
        .catch((err: unknown) => this.fail(req, res, err));
      return;
    }
    this.fail(req, res, new VoxError(methodMismatch ? 'VOX_METHOD_NOT_ALLOWED' : 'VOX_NOT_FOUND'));
  }

  /** The name of the route a request is for (bounded: a route's label, `static` or `unmatched`), for metrics and logs. */
  routeLabel(req: HttpRequest): string {
    const route = this.routes.find((r) => r.pattern.test(req.path));
    if (route) return route.label;
    return this.options.staticFiles && isStaticPath(req) ? 'static' : 'unmatched';
  }

  /** The request as its route sees it; throws VOX_NOT_ACCEPTABLE when its Accept allows no form the route answers in. */
  private apiRequest(req: HttpRequest, { spec }: BoundRoute<Handler>, bodyBytes: Promise<Buffer> | undefined): ApiRequest {
    const reply = replyFor(spec, req.headers.accept);
    return Object.assign(Object.create(req) as HttpRequest, { bodyBytes, reply });
  }

  private healthz: Handler = async (req, res) => {
    answer(req, res, 200, { status: 'ok', ...this.options.health() });
  };

  private getMetrics: Handler = async (_req, res) => {
    if (!this.options.metrics) throw new VoxError('VOX_NOT_FOUND');
    const { contentType, body } = await this.options.metrics.render();
    if (res.aborted) return;
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
    res.end(body);
  };

  private openApi: Handler = async (req, res) => {
    const built = (this.openApiDocument ??= loadProtoRoot().then((root) => openApiDocument(root, this.options.webSocketDoors)));
    built.catch(() => (this.openApiDocument = undefined)); // tried again on the next request
    answer(req, res, 200, await built);
  };

  private signup: Handler = async (req, res) => {
    const body = await this.body(req);
    const { accounts, rateLimits } = this.options;
    const session = await rateLimits.signup(originOf(req), () => accounts.signup(body.username, body.password));
    answer(req, res, 201, { ...sessionJson(session), ...this.options.routeOf(session.userId) });
  };

  private login: Handler = async (req, res) => {
    const body = await this.body(req);
    const { accounts, rateLimits } = this.options;
    const session = await rateLimits.login(originOf(req), body.username, () => accounts.login(body.username, body.password));
    answer(req, res, 200, { ...sessionJson(session), ...this.options.routeOf(session.userId) });
  };

  private logout: Handler = async (req, res) => {
    const token = bearer(req);
    await this.authenticate(req, token);
    await this.options.accounts.logout(token);
    answer(req, res, 200, { ok: true });
  };

  private listConversations: Handler = async (req, res) => {
    const user = await this.user(req);
    const views = await this.options.conversations.listViews(user);
    answer(req, res, 200, { conversations: views.map((v) => toHttpConversation(v.conversation, v)) });
  };

  private createConversation: Handler = async (req, res) => {
    const user = await this.user(req);
    const body = await this.body(req);
    const conversation = await this.options.conversations.create(user, body.with, body.name);
    answer(req, res, 201, toHttpConversation(conversation));
  };

  private getConversation: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    const view = await this.options.conversations.getView(user, id as ConversationId);
    answer(req, res, 200, toHttpConversation(view.conversation, view));
  };

  private addParticipants: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    const body = await this.body(req);
    const conversation = await this.options.conversations.addParticipants(user, id as ConversationId, body.usernames);
    answer(req, res, 200, toHttpConversation(conversation));
  };

  private removeParticipant: Handler = async (req, res, [id, username]) => {
    const user = await this.user(req);
    const conversation = await this.options.conversations.removeParticipant(user, id as ConversationId, username ?? '');
    answer(req, res, 200, toHttpConversation(conversation));
  };

  private leave: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    await this.options.conversations.leave(user, id as ConversationId);
    answer(req, res, 200, { ok: true });
  };

  private markRead: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    await this.options.conversations.markRead(user, id as ConversationId);
    answer(req, res, 200, { conversationId: id, unread: 0 });
  };

  private setRetention: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    const body = await this.body(req);
    const conversation = await this.options.conversations.setRetention(user, id as ConversationId, body.retentionMs);
    answer(req, res, 200, toHttpConversation(conversation));
  };

  private getListenMode: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    const deviceId = deviceIdParam(req);
    const mode = await this.options.listenModes.get(user.userId, deviceId, id as ConversationId);
    answer(req, res, 200, { conversationId: id, deviceId, mode: wireListenMode(mode) });
  };

  private setListenMode: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    const deviceId = deviceIdParam(req);
    const mode = parseListenMode((await this.body(req)).mode);
    await this.options.listenModes.set(user.userId, deviceId, id as ConversationId, mode);
    answer(req, res, 200, { conversationId: id, deviceId, mode: wireListenMode(mode) });
  };

  private recall: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    const header = await this.options.removal.recall(user.userId, id ?? '');
    answer(req, res, 200, toWireHeader(header));
  };

  private listBlocks: Handler = async (req, res) => {
    const user = await this.user(req);
    const blocks = await this.options.blocks.list(user);
    answer(req, res, 200, { blocks: blocks.map(blockJson) });
  };

  private block: Handler = async (req, res) => {
    const user = await this.user(req);
    const body = await this.body(req);
    answer(req, res, 201, blockJson(await this.options.blocks.block(user, body.username)));
  };

  private unblock: Handler = async (req, res, [username]) => {
    const user = await this.user(req);
    await this.options.blocks.unblock(user, username);
    answer(req, res, 200, { ok: true });
  };

  private listMessages: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    await this.options.directory.requireParticipant(id as ConversationId, user.userId);
    const limit = intParam(req, 'limit', 50, 1, MAX_PAGE);
    const beforeMs = intParam(req, 'before', 0, 0, Number.MAX_SAFE_INTEGER);
    const history = this.options.history;
    let page: MessageHeader[];
    let source = 'store';
    if (beforeMs === 0 && history) {
      // The store leaves out blocked senders in SQL; the cached page needs to know whom.
      const hidden = new Set((await this.options.blocks.list(user)).map((b) => b.userId as string));
      const first = await history.firstPage(id as ConversationId, user.userId, limit, hidden);
      source = first.source;
      page = first.headers;
    } else {
      const records = await this.options.headers.listMessages(id as ConversationId, {
        limit,
        viewer: user.userId,
        ...(beforeMs > 0 ? { before: new Date(beforeMs) } : {}),
      });
      page = records.map(toWireHeader);
    }
    // A message live here is newer than its stored header (chunks arrive, the store learns at the end).
    const overlay = (h: MessageHeader): MessageHeader => {
      const live = this.options.live.get(h.messageId as MessageId);
      return live ? toWireHeader(live.header) : h;
    };
    const messages = page.map(overlay);
    const receipts = await this.options.receipts.forMessages(messages.map((h) => h.messageId as MessageId));
    const withReceipts = messages.map((h) => ({ ...h, ...receipts.get(h.messageId as MessageId) }));
    // Which answered (cache or store): for tests and operators; both give the same page.
    answer(req, res, 200, { messages: withReceipts }, { 'x-voxring-history': source });
  };

  private getMessage: Handler = async (req, res, [id]) => {
    const user = await this.user(req);
    const header = await this.readableHeader(id as MessageId, user);
    const receipts = await this.options.receipts.forMessages([header.id]);
    answer(req, res, 200, { ...toWireHeader(header), ...receipts.get(header.id) });
  };

  private getAudio: Handler = async (req, res, [id]) => {
    const user = await this.user(req, true);
    const header = await this.readableHeader(id as MessageId, user);
    assertVoice(header);
    assertNotGone(header);
    // Live here, mirrored here, held by another router of the ring, or stored.
    const source = await this.options.delivery.readableSource(header);
    // A finished message fetched from another router arrives as a stream: serve it whole (ranges work).
    if (header.state !== 'live') await sourceHolds(source, Infinity, REMOTE_BODY_WAIT_MS);
    const counted = this.counted(res, user);
    if (source.endState === null && req.method === 'GET') {
      streamLiveAudio(source, counted);
      return;
    }
    if (res.aborted) return;
    const request = { range: req.headers.range, headOnly: req.method === 'HEAD', accept: req.headers.accept };
    serveStoredAudio(header, source.chunks.toArray(), request, counted);
  };

  private postImage: Handler = async (req, res, [id]) => {
    // Both at once: a body past maxImageBytes is answered before the transport's own plain 413.
    const [user, bytes] = await Promise.all([this.user(req), imageBody(req.bodyBytes, this.options.limits.maxImageBytes)]);
    const header = await uploadImage(this.options, user, id as ConversationId, req.query.get('messageId') ?? '', bytes);
    answer(req, res, 201, toWireHeader(header));
  };

  private getImage: Handler = async (req, res, [id]) => {
    const user = await this.user(req, true);
    const header = await this.readableHeader(id as MessageId, user);
    assertImage(header);
    assertNotGone(header);
    const source = await this.options.delivery.readableSource(header);
    // A body fetched from another router of the ring arrives as a stream: wait for all of it.
    await sourceHolds(source, header.chunkCount, REMOTE_BODY_WAIT_MS);
    serveImage(header, fullImage(header, source.chunks.toArray()), this.counted(res, user), req.method === 'HEAD');
  };

  /** `res`, its body bytes counted as delivered to `user` when usage is metered. */
  private counted(res: HttpResponse, user: AuthenticatedUser): HttpResponse {
    const usage = this.options.usage;
    return usage ? countedResponse(res, (bytes) => usage.delivered(user.userId, bytes)) : res;
  }

  private getTimeline: Handler = async (req, res) => {
    const user = await this.user(req);
    const since = intParam(req, 'since', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(req, 'limit', 100, 1, 500);
    answer(req, res, 200, await this.options.timeline.read(user.userId, since, limit));
  };

  private streamTimeline: Handler = async (req, res) => {
    // EventSource cannot set headers: ?access_token= as for audio and pictures, ?since= for Last-Event-ID.
    const token = this.token(req, true);
    const user = await this.authenticate(req, token);
    await this.options.events.open(user, hashToken(token), resumeCursor(req), res);
  };

  private async readableHeader(id: MessageId, user: AuthenticatedUser) {
    const header = this.options.live.get(id)?.header ?? (await this.options.headers.getMessage(id));
    return this.options.access.require(header, user.userId);
  }

  private user(req: HttpRequest, allowQueryToken = false): Promise<AuthenticatedUser> {
    return this.authenticate(req, this.token(req, allowQueryToken));
  }

  private token(req: HttpRequest, allowQueryToken: boolean): string {
    const token = allowQueryToken && !req.headers.authorization ? req.query.get('access_token') : bearer(req);
    if (!token) throw new VoxError('VOX_AUTH_REQUIRED');
    return token;
  }

  private authenticate(req: HttpRequest, token: string): Promise<AuthenticatedUser> {
    const { accounts, rateLimits } = this.options;
    return rateLimits.useToken(originOf(req), () => accounts.authenticate(token));
  }

  private async body(req: ApiRequest): Promise<Record<string, unknown>> {
    if (!req.bodyBytes) throw new VoxError('VOX_BAD_REQUEST', 'this request takes no body');
    const raw = await req.bodyBytes;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new VoxError('VOX_BAD_REQUEST', 'request body must be JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new VoxError('VOX_BAD_REQUEST', 'request body must be a JSON object');
    }
    return parsed as Record<string, unknown>;
  }

  private fail(req: HttpRequest, res: HttpResponse, err: unknown): void {
    const error = toVoxError(err);
    if (error.status >= 500) this.options.logger.error({ err }, 'http request failed');
    if (res.aborted) return;
    try {
      if (error instanceof RateLimitedError) {
        const retryAfter = String(Math.ceil(error.retryAfterMs / 1000));
        const body = { error: { ...clientError(error), retryAfterMs: error.retryAfterMs } };
        writeErrorBody(res, req.headers.accept, error.status, body, { 'retry-after': retryAfter });
      } else {
        writeErrorBody(res, req.headers.accept, error.status, { error: clientError(error) });
      }
    } catch {
      // Headers were already sent (a stream failed midway): nothing more can be said.
      res.end();
    }
  }
}

/** Answers in the form the request negotiated (JSON for a route without a response message). */
function answer(req: ApiRequest, res: HttpResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  writeBody(res, req.reply ?? JSON_REPLY, status, body, headers);
}

function blockJson(block: { userId: string; username: string; createdAt: Date }) {
  return { userId: block.userId, username: block.username, createdAtMs: block.createdAt.getTime() };
}

function sessionJson(session: { token: string; userId: string; username: string; expiresAt: Date }) {
  return {
    token: session.token,
    userId: session.userId,
    username: session.username,
    expiresAtMs: session.expiresAt.getTime(),
  };
}
