/**
 * AuthRateLimits: the limits on authentication at the edge, shared by the
 * HTTP API and both WebSocket doors. Each wraps one attempt:
 *
 * - log-in: every attempt counts against its client address
 *   (loginAttemptsPerAddress; it also caps the scrypt work one address can
 *   ask for); only failures count against the username
 *   (loginFailuresPerUsername), so that someone who cannot guess a password
 *   cannot lock its owner out by logging in correctly elsewhere, and a
 *   success clears them;
 * - sign-up: every attempt counts against the address (signupsPerAddress);
 * - token use: rejected tokens count against the address
 *   (tokenFailuresPerAddress); past it every token use from there is refused
 *   until the window ends (valid tokens are used on every request, so they
 *   must not count).
 *
 * An over-limit attempt throws RateLimitedError (VOX_RATE_LIMITED, 429)
 * before any password or token is looked at.
 *
 * Every refusal (a wrong password, a rejected token, a rate limit) is logged
 * at info with the kind, the client address and, for a log-in, the username;
 * never a password or token.
 */
import { isVoxError, type ErrorCode } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { AttemptLimiter } from './attempt-limiter.js';
import { clientAddress, type ClientOrigin } from './client-address.js';

/** The limiters by role (create-auth-rate-limits.ts builds them, memory or Redis). */
export interface AuthLimiters {
  loginPerAddress: AttemptLimiter;
  loginFailuresPerUsername: AttemptLimiter;
  signupPerAddress: AttemptLimiter;
  tokenFailuresPerAddress: AttemptLimiter;
}

export interface AuthRateLimitsOptions {
  limiters: AuthLimiters;
  /** Key on the last X-Forwarded-For entry (client-address.ts). */
  trustProxy: boolean;
  /** Where refusals are logged (info). */
  logger: Logger;
}

/** The refusals logged: authentication failed, or was not tried because of a limit. */
const LOGGED_REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['VOX_AUTH_INVALID', 'VOX_AUTH_TOKEN_INVALID', 'VOX_RATE_LIMITED']);

/** Login, sign-up and token use, each limited per client address (and log-in failures per username). */
export class AuthRateLimits {
  private readonly limiters: AuthLimiters;

  constructor(private readonly options: AuthRateLimitsOptions) {
    this.limiters = options.limiters;
  }

  /** Runs a log-in attempt for `username` from `origin` under the log-in limits. */
  async login<T>(origin: ClientOrigin, username: unknown, attempt: () => Promise<T>): Promise<T> {
    const address = this.address(origin);
    const name = typeof username === 'string' ? username.toLowerCase() : '';
    return this.logRefusal('login', address, name, async () => {
      await this.limiters.loginPerAddress.consume(address);
      if (name !== '') await this.limiters.loginFailuresPerUsername.check(name);
      try {
        const result = await attempt();
        if (name !== '') await this.limiters.loginFailuresPerUsername.reset(name);
        return result;
      } catch (err) {
        if (name !== '' && hasCode(err, 'VOX_AUTH_INVALID')) await this.limiters.loginFailuresPerUsername.penalize(name);
        throw err;
      }
    });
  }

  /** Runs a sign-up attempt from `origin` under signupsPerAddress. */
  async signup<T>(origin: ClientOrigin, attempt: () => Promise<T>): Promise<T> {
    const address = this.address(origin);
    await this.logRefusal('signup', address, '', () => this.limiters.signupPerAddress.consume(address));
    return attempt();
  }

  /** Runs a token check from `origin`: refused while the address is over tokenFailuresPerAddress, a rejection counted. */
  async useToken<T>(origin: ClientOrigin, attempt: () => Promise<T>): Promise<T> {
    const address = this.address(origin);
    return this.logRefusal('token', address, '', async () => {
      await this.limiters.tokenFailuresPerAddress.check(address);
      try {
        return await attempt();
      } catch (err) {
        if (hasCode(err, 'VOX_AUTH_TOKEN_INVALID')) await this.limiters.tokenFailuresPerAddress.penalize(address);
        throw err;
      }
    });
  }

  private address(origin: ClientOrigin): string {
    return clientAddress(origin, this.options.trustProxy);
  }

  private async logRefusal<T>(kind: 'login' | 'signup' | 'token', address: string, username: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (isVoxError(err) && LOGGED_REFUSALS.has(err.code)) {
        this.options.logger.info({ kind, addr: address, ...(username === '' ? {} : { username }), code: err.code }, 'auth refused');
      }
      throw err;
    }
  }
}

function hasCode(err: unknown, code: ErrorCode): boolean {
  return isVoxError(err) && err.code === code;
}
