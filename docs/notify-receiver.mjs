#!/usr/bin/env node
// A notification webhook receiver for voxring (README, "Notifications").
//
//   VOXRING_NOTIFY_SECRET='the same secret' PORT=8080 node docs/notify-receiver.mjs
//
// It checks x-voxring-signature (sha256=<hex HMAC-SHA256 of the raw body>)
// with a constant-time comparison before it trusts the body, answers 204 to
// a good request (voxring then forgets it) and 401 to a bad signature, and
// prints one JSON line per notification: where a real service would send a
// push to each recipient's phone. Any answer but 2xx, or none within
// notifyTimeoutMs, makes voxring try again later.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import process from 'node:process';

const secret = process.env.VOXRING_NOTIFY_SECRET;
if (!secret) {
  process.stderr.write('set VOXRING_NOTIFY_SECRET to the router\'s notifySecret\n');
  process.exit(2);
}
const MAX_BODY_BYTES = 1024 * 1024;

/** Whether `header` is the signature of `rawBody` (a Buffer) under `key`. */
function validSignature(rawBody, header, key) {
  const expected = Buffer.from('sha256=' + createHmac('sha256', key).update(rawBody).digest('hex'));
  const given = Buffer.from(String(header ?? ''));
  // timingSafeEqual throws on different lengths; a length says nothing about the secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const server = createServer((req, res) => {
  if (req.method !== 'POST') return void res.writeHead(405).end();
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    const raw = Buffer.concat(chunks);
    if (!validSignature(raw, req.headers['x-voxring-signature'], secret)) return void res.writeHead(401).end();
    let payload;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return void res.writeHead(400).end();
    }
    if (payload.event === 'message_new') {
      const { message, recipients } = payload;
      process.stdout.write(
        JSON.stringify({ messageId: message.messageId, from: message.senderName, kind: message.contentType, to: recipients.map((r) => r.username) }) + '\n',
      );
    }
    res.writeHead(204).end();
  });
});

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
  process.stderr.write(`listening on ${server.address().port}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
