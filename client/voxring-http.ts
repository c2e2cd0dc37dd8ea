/** The SDK's HTTP side: accounts, conversations, headers, audio, pictures, timeline. */
import type { Conversation, ListenModeName, MessageHeader, TimelineEvents } from '../proto/frames.js';
import { VoxClientError } from './client-error.js';
import { ACCEPT_HEADERS, parseHttpBody, type HttpBodyFormat } from './http-body.js';

export interface SessionInfo {
  token: string;
  userId: string;
  username: string;
  expiresAtMs: number;
  /** In a ring: the user's home router (base URL) and fallbacks, to connect to in that order. */
  home?: string;
  fallbacks?: string[];
}

/** Someone speaking now in a conversation. */
export interface ConversationSpeaker {
  userId: string;
  /** Absent when the speaker is no longer a participant. */
  username?: string;
  messageId: string;
}

/** A conversation as listConversations and getConversation answer it: with the caller's state. */
export interface ConversationSummary extends Conversation {
  /** Your unread messages in it (new messages from others since you last marked it read); absent when the router cannot say. */
  unread?: number;
  /** Who is speaking now, oldest first (as every router of a ring sees it). */
  speakers?: ConversationSpeaker[];
}

/** A user you block (GET /v1/blocks). */
export interface BlockedUser {
  userId: string;
  username: string;
  createdAtMs: number;
}

/** How long a request (other than audio) may take before it fails with VOX_CLIENT_TIMEOUT. */
export const HTTP_REQUEST_TIMEOUT_MS = 30_000;

export interface VoxringHttpOptions {
  /** Default HTTP_REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
  /** The form answers come in (README.md, "Content negotiation"); the methods return the same shapes either way. Default 'json'. */
  format?: HttpBodyFormat;
}

export class VoxringHttp {
  /** The last signup or login answer (in a ring: with the home and fallbacks to connect to). */
  session: SessionInfo | undefined;
  private readonly requestTimeoutMs: number;
  private readonly accept: string;

  /** `baseUrl`: the router's http(s):// URL. */
  constructor(
    readonly baseUrl: string,
    public token?: string,
    options: VoxringHttpOptions = {},
  ) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? HTTP_REQUEST_TIMEOUT_MS;
    this.accept = ACCEPT_HEADERS[options.format ?? 'json'];
  }

  async signup(username: string, password: string): Promise<SessionInfo> {
    const session = await this.call<SessionInfo>('POST', '/v1/signup', { username, password }, false);
    this.token = session.token;
    this.session = session;
    return session;
  }

  async login(username: string, password: string): Promise<SessionInfo> {
    const session = await this.call<SessionInfo>('POST', '/v1/login', { username, password }, false);
    this.token = session.token;
    this.session = session;
    return session;
  }

  async logout(): Promise<void> {
    await this.call('POST', '/v1/logout');
  }

  createConversation(withUsernames: string[], name?: string): Promise<Conversation> {
    return this.call('POST', '/v1/conversations', { with: withUsernames, ...(name ? { name } : {}) });
  }

  async listConversations(): Promise<ConversationSummary[]> {
    return (await this.call<{ conversations: ConversationSummary[] }>('GET', '/v1/conversations')).conversations;
  }

  getConversation(id: string): Promise<ConversationSummary> {
    return this.call('GET', `/v1/conversations/${encodeURIComponent(id)}`);
  }

  /** You have read the conversation: its unread count goes to 0. */
  /** How device `deviceId` hears a conversation: NORMAL, IGNORE or SCREEN. */
  async conversationMode(conversationId: string, deviceId: string): Promise<ListenModeName> {
    const path = `/v1/conversations/${encodeURIComponent(conversationId)}/mode?deviceId=${encodeURIComponent(deviceId)}`;
    return (await this.call<{ mode: ListenModeName }>('GET', path)).mode;
  }

  /** Sets how device `deviceId` hears a conversation (kept across connections; its connections follow at once). */
  async setConversationMode(conversationId: string, deviceId: string, mode: ListenModeName): Promise<void> {
    const path = `/v1/conversations/${encodeURIComponent(conversationId)}/mode?deviceId=${encodeURIComponent(deviceId)}`;
    await this.call('PUT', path, { mode });
  }

  async markRead(conversationId: string): Promise<void> {
    await this.call('POST', `/v1/conversations/${encodeURIComponent(conversationId)}/read`);
  }

  addParticipants(id: string, usernames: string[]): Promise<Conversation> {
    return this.call('POST', `/v1/conversations/${encodeURIComponent(id)}/participants`, { usernames });
  }

  removeParticipant(id: string, username: string): Promise<Conversation> {
    return this.call('DELETE', `/v1/conversations/${encodeURIComponent(id)}/participants/${encodeURIComponent(username)}`);
  }

  async leave(id: string): Promise<void> {
    await this.call('POST', `/v1/conversations/${encodeURIComponent(id)}/leave`);
  }

  /** You block `username`: no 1:1 with you, not added by them to groups, nothing of theirs delivered to you. */
  block(username: string): Promise<BlockedUser> {
    return this.call('POST', '/v1/blocks', { username });
  }

  async unblock(username: string): Promise<void> {
    await this.call('DELETE', `/v1/blocks/${encodeURIComponent(username)}`);
  }

  /** Whom you block, newest first. */
  async listBlocks(): Promise<BlockedUser[]> {
    return (await this.call<{ blocks: BlockedUser[] }>('GET', '/v1/blocks')).blocks;
  }

  async listMessages(conversationId: string, limit = 50): Promise<MessageHeader[]> {
    const path = `/v1/conversations/${encodeURIComponent(conversationId)}/messages?limit=${limit}`;
    return (await this.call<{ messages: MessageHeader[] }>('GET', path)).messages;
  }

  getMessage(id: string): Promise<MessageHeader> {
    return this.call('GET', `/v1/messages/${encodeURIComponent(id)}`);
  }

  timeline(since: number, limit = 100): Promise<TimelineEvents> {
    return this.call('GET', `/v1/timeline?since=${since}&limit=${limit}`);
  }

  /** The message as Ogg Opus bytes (waits for a live message to end, unbounded unless `timeoutMs` is given). */
  async audio(id: string, range?: string, timeoutMs?: number): Promise<{ status: number; headers: Headers; body: Uint8Array }> {
    const { res, body } = await this.fetch(
      `/v1/messages/${encodeURIComponent(id)}/audio`,
      { headers: { ...this.authHeader(), ...(range ? { range } : {}) } },
      timeoutMs,
    );
    if (res.status >= 400) throw errorFrom(res, body);
    return { status: res.status, headers: res.headers, body };
  }

  /**
   * Uploads a picture (JPEG, PNG or WebP: the router reads the type from the
   * bytes) into a conversation; resolves with the stored IMAGE message's
   * header. `messageId` empty or absent: the router picks one.
   */
  async uploadImage(conversationId: string, bytes: Uint8Array, messageId = ''): Promise<MessageHeader> {
    const query = messageId === '' ? '' : `?messageId=${encodeURIComponent(messageId)}`;
    const { res, body } = await this.fetch(
      `/v1/conversations/${encodeURIComponent(conversationId)}/images${query}`,
      { method: 'POST', headers: { ...this.authHeader(), accept: this.accept, 'content-type': 'application/octet-stream' }, body: bytes },
      this.requestTimeoutMs,
    );
    if (res.status >= 400) throw errorFrom(res, body);
    return parseHttpBody(res.headers.get('content-type') ?? '', body) as MessageHeader;
  }

  /** The picture of an IMAGE message (an upload or a Zello client's), with its Content-Type. */
  async getImage(id: string): Promise<{ contentType: string; body: Uint8Array }> {
    const { res, body } = await this.fetch(`/v1/messages/${encodeURIComponent(id)}/image`, { headers: this.authHeader() }, this.requestTimeoutMs);
    if (res.status >= 400) throw errorFrom(res, body);
    return { contentType: res.headers.get('content-type') ?? '', body };
  }

  /** Raw request for anything not wrapped above; throws VoxClientError on 4xx/5xx. */
  async call<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
    const request: RequestInit = {
      method,
      headers: {
        ...(auth ? this.authHeader() : {}),
        accept: this.accept,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    const { res, body: bytes } = await this.fetch(path, request, this.requestTimeoutMs);
    if (res.status >= 400) throw errorFrom(res, bytes);
    return parseHttpBody(res.headers.get('content-type') ?? '', bytes) as T;
  }

  /** One request, its body read whole, within `timeoutMs` (headers and body) when given. */
  private async fetch(path: string, request: RequestInit, timeoutMs?: number): Promise<{ res: Response; body: Uint8Array }> {
    const signal = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
    try {
      const res = await fetch(this.baseUrl + path, { ...request, ...(signal ? { signal } : {}) });
      return { res, body: new Uint8Array(await res.arrayBuffer()) };
    } catch (err) {
      if (signal?.aborted) throw new VoxClientError('VOX_CLIENT_TIMEOUT', `${request.method ?? 'GET'} ${path.split('?')[0]} took over ${timeoutMs} ms`, true);
      throw err;
    }
  }

  private authHeader(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }
}

function errorFrom(res: Response, body: Uint8Array): VoxClientError {
  const status = res.status;
  try {
    const parsed = parseHttpBody(res.headers.get('content-type') ?? '', body) as { error?: { code?: string; message?: string; retryable?: boolean } };
    if (parsed.error?.code) {
      return new VoxClientError(parsed.error.code, parsed.error.message ?? '', parsed.error.retryable ?? false, status);
    }
  } catch {
    // neither JSON nor a protobuf answer: fall through
  }
  return new VoxClientError('HTTP_' + status, new TextDecoder().decode(body).slice(0, 200), status >= 500, status);
}
