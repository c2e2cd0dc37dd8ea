/**
 * Child process for load-transport.test.ts: starts a transport, leaves a
 * WebSocket, a keep-alive HTTP connection and an unfinished streaming
 * response open, closes the transport and prints DONE. It must then exit by
 * itself; a leaked handle keeps it alive and the parent test fails.
 */
import { once } from 'node:events';
import WebSocket from 'ws';
import { createTransport, type TransportChoice } from '../../router/edge/load-transport.js';

const choice = (process.argv[2] ?? 'auto') as TransportChoice;
const transport = await createTransport(choice, {
  host: '127.0.0.1',
  port: 0,
  maxPayloadBytes: 1024,
  highWaterMarkBytes: 64 * 1024,
  idleTimeoutSeconds: 60,
  handlers: {
    onHttp: (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      if (req.path === '/stream') res.write('partial');
      else res.end('ok');
    },
    onUpgrade: () => ({ accept: true, protocol: null }),
    onOpen: () => {},
    onMessage: () => {},
    onDrain: () => {},
    onClose: () => {},
  },
});
const port = await transport.listen();
const client = new WebSocket(`ws://127.0.0.1:${port}/ws`);
client.on('error', () => {});
await once(client, 'open');
await (await fetch(`http://127.0.0.1:${port}/keep-alive`)).text();
const stream = await fetch(`http://127.0.0.1:${port}/stream`);
const reader = stream.body?.getReader();
await reader?.read();
const ended = reader?.read().catch(() => undefined);
await transport.close();
await ended;
process.stdout.write(`DONE ${transport.name}\n`);
