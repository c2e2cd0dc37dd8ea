// One device connection to the router over WebSocket, subprotocol
// voxring.v1.json (one JSON frame per text message, see proto/README.md).
// Reconnects by itself with exponential backoff and jitter; `onWelcome`
// runs after every (re)connect so the app can resend `monitor`, ask for the
// timeline since its cursor and resume messages it was sending.

const SUBPROTOCOL = 'voxring.v1.json';
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 10_000;
/** Close codes after which reconnecting with the same token cannot help. */
const CLOSE_AUTH_FAILED = 4001;

/** A failed request: `code` is the router's VOX_… code, or DISCONNECTED. */
export class FrameError extends Error {
  constructor(code, message, retryable = false) {
    super(message);
    this.code = code;
    this.retryable = retryable;
  }
}

/** The body key of a frame object: every key but `ref`. */
function bodyType(frame) {
  for (const key of Object.keys(frame)) if (key !== 'ref') return key;
  return '';
}

export class Connection {
  /**
   * @param {{ url: string, token: string, deviceId: string, onFrame: (type: string, body: object, ref: number) => void,
   *   onWelcome: (welcome: object) => void, onState: (state: string, detail?: string) => void, onAuthFailed: () => void }} options
   */
  constructor(options) {
    this.options = options;
    this.ws = null;
    this.state = 'offline';
    this.nextRef = 1;
    this.pending = new Map();
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
    this.onOnline = () => this.reconnectNow();
    window.addEventListener('online', this.onOnline);
  }

  /** Welcomed, and the socket still open (a closing socket is not online even before its close event). */
  get online() {
    return this.state === 'online' && this.ws?.readyState === WebSocket.OPEN;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  /** Closes for good (log out, page leaves). */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
    if (this.ws) this.ws.close(1000, 'bye');
    this.setState('offline');
  }

  /** Drops the socket as a network failure would (for tests and the debug object). */
  drop() {
    if (this.ws) this.ws.close(4100, 'dropped by client');
  }

  /** Sends a frame that expects no reply; false when not connected. */
  send(type, body) {
    if (!this.online) return false;
    this.ws.send(JSON.stringify({ ref: 0, [type]: body }));
    return true;
  }

  /** Sends a frame and resolves with the reply carrying its ref ({ type, body }); rejects on `error`. */
  request(type, body) {
    if (!this.online) return Promise.reject(new FrameError('DISCONNECTED', 'not connected', true));
    return this.rawRequest(type, body);
  }

  rawRequest(type, body) {
    const ref = this.nextRef++;
    return new Promise((resolve, reject) => {
      this.pending.set(ref, { resolve, reject });
      this.ws.send(JSON.stringify({ ref, [type]: body }));
    });
  }

  connect() {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/v1/ws`, SUBPROTOCOL);
    this.ws = ws;
    this.setState('connecting');
    ws.onopen = () => {
      this.rawRequest('hello', { token: this.options.token, deviceId: this.options.deviceId }).then(
        (reply) => {
          if (ws !== this.ws) return;
          this.attempt = 0;
          this.setState('online');
          this.options.onWelcome(reply.body);
        },
        () => {
          // The router closes with 4001 after a bad token; onclose decides.
        },
      );
    };
    ws.onmessage = (event) => this.receive(event.data);
    ws.onclose = (event) => {
      if (ws !== this.ws) return;
      this.ws = null;
      for (const { reject } of this.pending.values())
        reject(new FrameError('DISCONNECTED', 'connection lost', true));
      this.pending.clear();
      if (this.stopped) return;
      if (event.code === CLOSE_AUTH_FAILED) {
        this.setState('offline', 'session expired');
        this.stopped = true;
        this.options.onAuthFailed();
        return;
      }
      this.scheduleReconnect();
    };
  }

  receive(data) {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    const type = bodyType(frame);
    const body = frame[type];
    const ref = frame.ref ?? 0;
    if (ref !== 0 && this.pending.has(ref)) {
      const waiter = this.pending.get(ref);
      this.pending.delete(ref);
      if (type === 'error') waiter.reject(new FrameError(body.code, body.message, body.retryable));
      else waiter.resolve({ type, body });
    }
    this.options.onFrame(type, body, ref);
  }

  scheduleReconnect() {
    const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** this.attempt);
    const delay = Math.round(base * (0.5 + Math.random() / 2));
    this.attempt++;
    this.setState('reconnecting', `retrying in ${Math.ceil(delay / 1000)} s`);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  /** The browser says the network is back: skip the rest of the backoff. */
  reconnectNow() {
    if (this.stopped || this.ws) return;
    this.connect();
  }

  setState(state, detail = '') {
    this.state = state;
    this.options.onState(state, detail);
  }
}
