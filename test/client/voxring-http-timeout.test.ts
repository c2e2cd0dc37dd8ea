/**
 * The SDK's HTTP calls are bounded (requestTimeoutMs, default
 * HTTP_REQUEST_TIMEOUT_MS): a server that accepts and never answers fails
 * the call with VOX_CLIENT_TIMEOUT instead of hanging its caller; audio is
 * bounded only when asked (it waits for a live message's end).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { HTTP_REQUEST_TIMEOUT_MS, VoxringHttp } from '../../client/voxring-http.js';

void t.test('a call to a server that never answers fails with VOX_CLIENT_TIMEOUT', async (t) => {
  const held: http.ServerResponse[] = [];
  const server = http.createServer((_req, res) => void held.push(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => {
    for (const res of held) res.destroy();
    server.close();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new VoxringHttp(url, 'vx_token', { requestTimeoutMs: 200 });

  const started = Date.now();
  await t.rejects(client.getMessage('m1'), { code: 'VOX_CLIENT_TIMEOUT', retryable: true });
  const took = Date.now() - started;
  t.ok(took >= 190 && took < 5000, `it gave up near its bound (${took} ms)`);
  await t.rejects(client.audio('m1', undefined, 200), { code: 'VOX_CLIENT_TIMEOUT' }, 'audio with a bound too');
  t.equal(held.length, 2, 'both requests reached the server');
  t.equal(HTTP_REQUEST_TIMEOUT_MS, 30_000, 'the documented default');
});

void t.test('an answer within the bound is read as before', async (t) => {
  const server = http.createServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'VOX_MESSAGE_NOT_FOUND', message: 'no such message', retryable: false } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => server.close());
  const client = new VoxringHttp(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'vx_token', { requestTimeoutMs: 2000 });
  await t.rejects(client.getMessage('m1'), { code: 'VOX_MESSAGE_NOT_FOUND', status: 404 });
});
