/**
 * Accounts and sessions: sign-up, log-in, log-out and token authentication.
 * Tokens are random; only their sha256 is stored. Authenticated sessions are
 * cached briefly so a connection storm does not turn into a query storm.
 * A user holds at most maxSessionsPerUser live sessions: each new one
 * revokes the oldest past it (and closes their connections), so a client
 * that logs on with its password at every reconnect leaves no pile of
 * 30-day tokens behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { VoxError } from '../../common/errors.js';
import type { UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { HeaderStore } from '../../header-store/header-store.js';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword, type ScryptCost } from './passwords.js';

export const USERNAME_PATTERN = /^[a-z0-9_.-]{3,32}$/;
const PASSWORD_MIN = 8;
const PASSWORD_MAX = 256;
const SESSION_CACHE_MS = 30_000;
const SESSION_CACHE_MAX = 100_000;

export interface AuthenticatedUser {
  userId: UserId;
  username: string;
  expiresAt: Date;
}

export interface IssuedSession extends AuthenticatedUser {
  token: string;
}

export interface AccountServiceOptions {
  store: HeaderStore;
  sessionTtlMs: number;
  /** Live sessions per user; creating one more revokes the oldest. */
  maxSessionsPerUser: number;
  now?: () => number;
  scryptCost?: ScryptCost;
  /** Reports a revocation listener that threw. */
  logger: Logger;
  /** The other routers, where connections using a revoked token may be open too. */
  remote?: RemoteRevocation;
}

/** Told the hash of a token just revoked (the doors close the connections using it). */
export type RevokedListener = (tokenHash: string) => void;

/** Tells the other routers of a ring that a token was revoked here (RingNode); nothing alone. */
export interface RemoteRevocation {
  sessionRevoked(tokenHash: string): void;
}

interface CachedSession {
  user: AuthenticatedUser;
  cachedAt: number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sign-up, log-in, log-out and token checks. */
export class AccountService {
  private readonly store: HeaderStore;
  private readonly sessionTtlMs: number;
  private readonly maxSessionsPerUser: number;
  private readonly now: () => number;
  private readonly scryptCost: ScryptCost;
  private readonly logger: Logger;
  private readonly remote: RemoteRevocation | undefined;
  private readonly revokedListeners = new Set<RevokedListener>();
  private readonly cache = new Map<string, CachedSession>();
  private dummyHash: Promise<string> | undefined;

  constructor(options: AccountServiceOptions) {
    this.store = options.store;
    this.sessionTtlMs = options.sessionTtlMs;
    this.maxSessionsPerUser = options.maxSessionsPerUser;
    this.now = options.now ?? Date.now;
    this.scryptCost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
    this.logger = options.logger;
    this.remote = options.remote;
  }

  /** Calls `listener` after each revocation (log-out); returns the unsubscribe. */
  onRevoked(listener: RevokedListener): () => void {
    // Wrapped so that subscribing one function twice gives two subscriptions.
    const entry: RevokedListener = (tokenHash) => listener(tokenHash);
    this.revokedListeners.add(entry);
    return () => {
      this.revokedListeners.delete(entry);
    };
  }

  async signup(username: unknown, password: unknown): Promise<IssuedSession> {
    const name = validateUsername(username);
    const secret = validatePassword(password);
    const user = await this.store.createUser(name, await hashPassword(secret, this.scryptCost));
    return this.issue(user.id, user.username);
  }

  async login(username: unknown, password: unknown): Promise<IssuedSession> {
    if (typeof username !== 'string' || typeof password !== 'string') {
      throw new VoxError('VOX_AUTH_INVALID');
    }
    const user = await this.store.findUserByName(username.toLowerCase());
    // Verify against a dummy hash for unknown users so timing does not reveal who exists.
    this.dummyHash ??= hashPassword('not-a-real-password', this.scryptCost);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !ok) throw new VoxError('VOX_AUTH_INVALID');
    return this.issue(user.id, user.username);
  }

  /** Revokes the session of `token` and closes the connections using it. */
  async logout(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.store.revokeSession(tokenHash, new Date(this.now()));
    this.revoked(tokenHash);
  }

  /** @throws VoxError VOX_AUTH_TOKEN_INVALID */
  async authenticate(token: unknown): Promise<AuthenticatedUser> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
      throw new VoxError('VOX_AUTH_TOKEN_INVALID');
    }
    const tokenHash = hashToken(token);
    const now = this.now();
    const cached = this.cache.get(tokenHash);
    if (cached && now - cached.cachedAt < SESSION_CACHE_MS && cached.user.expiresAt.getTime() > now) {
      return cached.user;
    }
    const session = await this.store.findSession(tokenHash);
    if (!session || session.revokedAt !== null || session.expiresAt.getTime() <= now) {
      this.cache.delete(tokenHash);
      throw new VoxError('VOX_AUTH_TOKEN_INVALID');
    }
    const user = await this.store.findUserById(session.userId);
    if (!user) throw new VoxError('VOX_AUTH_TOKEN_INVALID');
    const authenticated = { userId: user.id, username: user.username, expiresAt: session.expiresAt };
    if (this.cache.size >= SESSION_CACHE_MAX) this.cache.clear();
    this.cache.set(tokenHash, { user: authenticated, cachedAt: now });
    return authenticated;
  }

  private async issue(userId: UserId, username: string): Promise<IssuedSession> {
    const token = 'vx_' + randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.now() + this.sessionTtlMs);
    await this.store.createSession({ tokenHash: hashToken(token), userId, expiresAt });
    const surplus = await this.store.revokeSessionsBeyond(userId, this.maxSessionsPerUser, new Date(this.now()));
    for (const tokenHash of surplus) this.revoked(tokenHash);
    return { token, userId, username, expiresAt };
  }

  /** A token revoked on another router of the ring: forgotten here and its connections here closed. */
  revokedElsewhere(tokenHash: string): void {
    this.forget(tokenHash);
  }

  /** Revoked here: forgotten and closed here, then on the other routers. */
  private revoked(tokenHash: string): void {
    this.forget(tokenHash);
    this.remote?.sessionRevoked(tokenHash);
  }

  /** Forgets a revoked session and tells the listeners (the doors close its connections). */
  private forget(tokenHash: string): void {
    this.cache.delete(tokenHash);
    // One listener throwing must not keep the others' connections open.
    for (const listener of this.revokedListeners) {
      try {
        listener(tokenHash);
      } catch (err) {
        this.logger.error({ err }, 'revocation listener failed');
      }
    }
  }
}

function validateUsername(value: unknown): string {
  if (typeof value !== 'string') throw new VoxError('VOX_USERNAME_INVALID');
  const name = value.toLowerCase();
  if (!USERNAME_PATTERN.test(name)) throw new VoxError('VOX_USERNAME_INVALID');
  return name;
}

function validatePassword(value: unknown): string {
  if (typeof value !== 'string' || value.length < PASSWORD_MIN || value.length > PASSWORD_MAX) {
    throw new VoxError('VOX_PASSWORD_INVALID');
  }
  return value;
}
