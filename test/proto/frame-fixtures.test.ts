import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import type { DecodeResult } from '../../proto/frame-codec.js';
import {
  decodeClientFrame,
  decodeServerFrame,
  encodeClientFrame,
  encodeServerFrame,
} from '../../proto/frame-codec.js';
import type { ClientFrame, ServerFrame } from '../../proto/frames.js';

// Each fixture is a pair: NAME.hex (protobuf bytes as hex, whitespace ignored)
// and NAME.json (the JSON text of the same frame). NAME starts with client- or server-.
const DIR = fileURLToPath(new URL('../../fixtures/frames/', import.meta.url));
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.hex'))
  .map((f) => f.slice(0, -'.hex'.length));

function frameOf<F>(result: DecodeResult<F>, what: string): F {
  if (!result.ok) throw new Error(`${what}: ${result.error.code} ${result.error.message}`);
  return result.frame;
}

void t.test('fixtures are present', async (t) => {
  t.ok(names.length >= 8, `${names.length} fixtures`);
  t.ok(names.some((n) => n.startsWith('client-')));
  t.ok(names.some((n) => n.startsWith('server-')));
});

for (const name of names) {
  void t.test(`fixture ${name} decodes and re-encodes both ways`, async (t) => {
    const hex = readFileSync(`${DIR}${name}.hex`, 'utf8').replace(/\s+/g, '');
    const text = readFileSync(`${DIR}${name}.json`, 'utf8').trim();
    const bytes = Buffer.from(hex, 'hex');
    if (name.startsWith('client-')) {
      const fromBytes = frameOf<ClientFrame>(decodeClientFrame(bytes, 'proto', 1 << 16), name);
      const fromText = frameOf<ClientFrame>(decodeClientFrame(text, 'json', 1 << 16), name);
      t.strictSame(fromBytes, fromText, 'both forms decode to the same frame');
      t.equal(
        Buffer.from(encodeClientFrame(fromText, 'proto')).toString('hex'),
        hex,
        'encodes to the hex',
      );
      t.equal(encodeClientFrame(fromBytes, 'json'), text, 'encodes to the JSON text');
    } else {
      const fromBytes = frameOf<ServerFrame>(decodeServerFrame(bytes, 'proto', 1 << 16), name);
      const fromText = frameOf<ServerFrame>(decodeServerFrame(text, 'json', 1 << 16), name);
      t.strictSame(fromBytes, fromText, 'both forms decode to the same frame');
      t.equal(
        Buffer.from(encodeServerFrame(fromText, 'proto')).toString('hex'),
        hex,
        'encodes to the hex',
      );
      t.equal(encodeServerFrame(fromBytes, 'json'), text, 'encodes to the JSON text');
    }
  });
}

void t.test('client-chunk fixture holds the bytes the README shows', async (t) => {
  const result = decodeClientFrame(Buffer.from('080322090a026d311a03010203', 'hex'), 'proto', 100);
  t.strictSame(result.ok && result.frame, {
    ref: 3,
    type: 'chunk',
    chunk: { messageId: 'm1', seq: 0, payload: new Uint8Array([1, 2, 3]), receivedAtMs: 0 },
  });
});
