/**
 * Malformed HTTP over raw sockets: what each transport answers before the
 * router sees a request. The ws transport (node:http) answers every request
 * its parser refuses with a JSON error (400, 431, 501) and closes; uWS
 * closes such connections itself, unanswered: those tests pin what it does
 * (README, "HTTP edge cases") so a new uWS build that changes it is noticed.
 * maxHttpHeaders answers 431 on both transports (below uWS's own 48).
 */
import net from 'node:net';
import t from 'tap';
import { startTestRouter } from '../helpers/router-fixture.js';

interface RawAnswer {
  /** Everything the server sent. */
  text: string;
  /** The server closed the connection (false: still open when the wait ended). */
  closed: boolean;
}

/** Sends bytes on a fresh connection; collects what comes back for at most waitMs (or until the server closes). */
function raw(url: string, request: string, waitMs = 1500): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let text = '';
    let done = false;
    const finish = (closed: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closed });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(request);
  });
}

function status(answer: RawAnswer): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer.text)?.[1] ?? 0);
}

function errorCode(answer: RawAnswer): string | undefined {
  const body = answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4);
  try {
    return (JSON.parse(body) as { error: { code: string } }).error.code;
  } catch {
    return undefined;
  }
}

function headerLines(count: number): string {
  return Array.from({ length: count }, (_, i) => `x-h${i}: v\r\n`).join('');
}

const MALFORMED = {
  unknownMethod: 'BREW /healthz HTTP/1.1\r\nHost: a\r\n\r\n',
  lowerCaseMethod: 'get /healthz HTTP/1.1\r\nHost: a\r\n\r\n',
  lengthAndChunked: 'POST /v1/login HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  badContentLength: 'POST /v1/login HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n',
  twoThousandHeaders: `GET /healthz HTTP/1.1\r\nHost: a\r\n${headerLines(2000)}\r\n`,
  notHttp: 'hello there\r\n\r\n',
};

void t.test('ws transport: a request its parser refuses gets a JSON 4xx/501 and the connection closes', async (t) => {
  const router = await startTestRouter(t, { transport: 'ws' });
  const expected: Record<keyof typeof MALFORMED, [number, string]> = {
    unknownMethod: [501, 'VOX_NOT_IMPLEMENTED'],
    lowerCaseMethod: [501, 'VOX_NOT_IMPLEMENTED'],
    lengthAndChunked: [400, 'VOX_BAD_REQUEST'],
    badContentLength: [400, 'VOX_BAD_REQUEST'],
    twoThousandHeaders: [431, 'VOX_HEADERS_TOO_LARGE'],
    notHttp: [501, 'VOX_NOT_IMPLEMENTED'], // "hello" parses as a method
  };
  for (const [name, request] of Object.entries(MALFORMED)) {
    const answer = await raw(router.url, request);
    const [wantStatus, wantCode] = expected[name as keyof typeof MALFORMED];
    t.equal(status(answer), wantStatus, `${name}: ${wantStatus}`);
    t.equal(errorCode(answer), wantCode, `${name}: ${wantCode} in the JSON body`);
    t.ok(answer.closed, `${name}: then closed`);
  }
});

for (const transport of ['ws', 'uws'] as const) {
  void t.test(`${transport}: maxHttpHeaders answers 431 past the limit, requests and upgrades alike`, async (t) => {
    const router = await startTestRouter(t, { transport, config: { maxHttpHeaders: 20 } });
    // Host is a header line too: 1 + 19 = 20 is within the limit.
    const within = await raw(router.url, `GET /healthz HTTP/1.1\r\nHost: a\r\n${headerLines(19)}\r\n`, 800);
    t.equal(status(within), 200, '20 header lines: 200');
    const over = await raw(router.url, `GET /healthz HTTP/1.1\r\nHost: a\r\n${headerLines(20)}\r\n`);
    t.equal(status(over), 431, '21 header lines: 431');
    t.equal(errorCode(over), 'VOX_HEADERS_TOO_LARGE');
    t.match(over.text, /maxHttpHeaders/, 'the answer names the limit');
    const upgrade =
      'GET /v1/ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
      `${headerLines(16)}\r\n`;
    const refused = await raw(router.url, upgrade);
    t.equal(status(refused), 431, 'an upgrade with 21 header lines: 431, not 101');
  });
}

void t.test('ws: the default maxHttpHeaders (48) is what uWS parses; 49 lines answer 431', async (t) => {
  const router = await startTestRouter(t, { transport: 'ws' });
  const within = await raw(router.url, `GET /healthz HTTP/1.1\r\nHost: a\r\n${headerLines(47)}\r\n`, 800);
  t.equal(status(within), 200, '48 header lines: 200');
  const over = await raw(router.url, `GET /healthz HTTP/1.1\r\nHost: a\r\n${headerLines(48)}\r\n`);
  t.equal(status(over), 431, '49 header lines: 431');
  t.equal(errorCode(over), 'VOX_HEADERS_TOO_LARGE');
});

void t.test('uws: what uWebSockets.js closes by itself, unanswered (measured; documented in the README)', async (t) => {
  const router = await startTestRouter(t, { transport: 'uws' });
  for (const name of ['unknownMethod', 'lowerCaseMethod', 'lengthAndChunked', 'badContentLength', 'twoThousandHeaders'] as const) {
    const answer = await raw(router.url, MALFORMED[name]);
    t.equal(answer.text, '', `${name}: no answer`);
    t.ok(answer.closed, `${name}: closed at once`);
  }
  const stalled = await raw(router.url, `GET /healthz HTTP/1.1\r\nHost: a\r\n${headerLines(48)}\r\n`, 800);
  t.equal(stalled.text, '', '49 header lines: no answer (uWS closes it after its ~10 s HTTP timeout)');
  const within = await raw(router.url, `GET /healthz HTTP/1.1\r\nHost: a\r\n${headerLines(47)}\r\n`, 800);
  t.equal(status(within), 200, '48 header lines: 200');
});
