/**
 * The codec's byte helpers give the same results with Node's Buffer and
 * with the portable forms the SDK's browser bundle uses (TextEncoder, atob,
 * btoa): UTF-8 lengths and writes, base64 both ways, on ASCII, multi-byte
 * text, lone surrogates and 100 000 bytes (more than one btoa slice).
 */
import t from 'tap';
import { portableWireBytes, wireBytes } from '../../proto/wire-bytes.js';

const TEXTS = ['', 'msg-1', 'héllo wörld', '語音訊息', '🎙️ talk', 'lone \ud800 surrogate'];

void t.test('Node runs with Buffer: the portable forms agree with it', async (t) => {
  t.not(wireBytes, portableWireBytes, 'in Node the Buffer forms are the ones in use');
  for (const text of TEXTS) {
    const length = wireBytes.utf8Length(text);
    t.equal(portableWireBytes.utf8Length(text), length, `utf8Length of ${JSON.stringify(text)}`);
    const viaNode = wireBytes.alloc(length + 2);
    const viaPortable = portableWireBytes.alloc(length + 2);
    t.equal(wireBytes.writeUtf8(viaNode, 1, text), length);
    t.equal(portableWireBytes.writeUtf8(viaPortable, 1, text), length, 'writes as many bytes');
    t.same([...viaPortable.subarray(1, 1 + length)], [...viaNode.subarray(1, 1 + length)], 'the same bytes, at the offset');
  }
  const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff);
  for (const bytes of [new Uint8Array(0), Uint8Array.from([0]), Uint8Array.from([255, 254]), big, big.subarray(7, 70_007)]) {
    const text = wireBytes.toBase64(bytes);
    t.equal(portableWireBytes.toBase64(bytes), text, `base64 of ${bytes.length} bytes`);
    t.same(portableWireBytes.fromBase64(text), bytes, 'and back (portable)');
    t.same(wireBytes.fromBase64(text), bytes, 'and back (Buffer)');
  }
});
