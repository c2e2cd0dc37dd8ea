// The page's device session, on the SDK (`/sdk/voxring-client.js`, built from
// client/): a VoxringSession with JSON frames that reconnects without a
// deadline, resumes what the talker is sending and monitors again by itself.
// This module only maps its events to the page's callbacks and opens a new
// session when one ends for a reason that may pass.

import { isRetryable, VoxringSession } from './sdk/voxring-client.js';

/** The page's back-off: first delay and cap (the SDK adds ±50 % jitter). */
const BACKOFF_MS = 500;
const BACKOFF_MAX_MS = 5000;

export class LiveSession {
  /**
   * @param {{ token: string, deviceId: string,
   *   onFrame: (frame: import('./sdk/voxring-client.js').ServerFrame) => void,
   *   onConnected: (welcome: object, fresh: boolean) => void, onReconnect: () => void,
   *   onState: (state: string, detail?: string) => void, onRefused: (error: Error) => void }} options
   */
  constructor(options) {
    this.options = options;
    /** @type {VoxringSession | null} */
    this.session = null;
    this.abort = null;
  }

  /** Connects (and keeps connecting) until stop(). */
  async start() {
    const abort = new AbortController();
    this.abort = abort;
    this.options.onState('connecting');
    let session;
    try {
      session = await VoxringSession.open({
        urls: [location.origin],
        token: this.options.token,
        deviceId: this.options.deviceId,
        format: 'json',
        reconnectForMs: Infinity,
        backoffMs: BACKOFF_MS,
        backoffMaxMs: BACKOFF_MAX_MS,
        signal: abort.signal,
      });
    } catch (err) {
      if (!abort.signal.aborted) this.ended(err);
      return;
    }
    this.session = session;
    session.onFrame((frame) => this.options.onFrame(frame));
    // Before `monitor` goes out again: the streams of the lost connection are over.
    session.onReconnect(() => this.options.onReconnect());
    session.onEvent((event) => {
      if (session !== this.session) return;
      if (event.type === 'disconnected') this.options.onState('reconnecting', `closed ${event.code}`);
      else if (event.type === 'connected') this.connected(false);
      else if (event.error) this.ended(event.error);
    });
    this.connected(true);
  }

  /** Closes for good (log out, page leaves). */
  stop() {
    this.abort?.abort();
    const session = this.session;
    this.session = null;
    void session?.close();
    this.options.onState('offline');
  }

  /** The open connection, or undefined while (re)connecting. */
  get connection() {
    return this.session?.connection;
  }

  /** Sends a frame that expects no reply on the open connection; false when there is none. */
  send(type, body) {
    const conn = this.connection;
    if (!conn) return false;
    conn.send({ type, [type]: body });
    return true;
  }

  /** Sends a frame and resolves with the reply frame; waits out a reconnect. */
  request(type, body) {
    if (!this.session) return Promise.reject(new Error('not connected'));
    return this.session.request({ type, [type]: body });
  }

  /** Drops the socket as a network failure would (tests and the debug object). */
  drop() {
    this.connection?.terminate();
  }

  /** `fresh`: a new session, which monitors nothing yet (a reconnected one monitors its last set again by itself). */
  connected(fresh) {
    this.options.onState('online');
    this.options.onConnected(this.connection?.welcome ?? {}, fresh);
  }

  /** The session ended: refused (a revoked token…) is final; anything else starts a new one. */
  ended(error) {
    this.session = null;
    if (!isRetryable(error)) {
      this.options.onState('offline', 'session expired');
      this.options.onRefused(error);
      return;
    }
    void this.start();
  }
}
