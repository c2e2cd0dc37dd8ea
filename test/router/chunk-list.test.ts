/** ChunkList: payloads packed into growing blocks read back exactly, in order, as copies. */
import t from 'tap';
import { ChunkList } from '../../router/stream/chunk-list.js';

const payload = (seq: number, size: number): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (seq * 31 + i) & 0xff);

void t.test('every payload reads back as pushed, across blocks of every size', async (t) => {
  const list = new ChunkList();
  // Small packets fill and outgrow the first blocks; a 100 KB one is larger than any block.
  const sizes = Array.from({ length: 5000 }, (_, seq) => (seq === 1234 ? 100_000 : 1 + ((seq * 37) % 400)));
  for (const [seq, size] of sizes.entries()) list.push(payload(seq, size));
  t.equal(list.length, sizes.length);
  t.equal(list.byteLength, sizes.reduce((a, b) => a + b, 0));
  const wrong = sizes.filter((size, seq) => Buffer.compare(list.at(seq)!, payload(seq, size)) !== 0);
  t.same(wrong, [], 'bit-exact');
  t.equal(list.at(-1), undefined);
  t.equal(list.at(sizes.length), undefined);
  t.equal(list.at(1.5), undefined);
  t.same(list.toArray().map((p) => p.length), sizes);
});

void t.test('push copies: the caller may reuse its memory', async (t) => {
  const scratch = Uint8Array.from([1, 2, 3]);
  const list = ChunkList.from([scratch]);
  scratch.fill(9);
  list.push(scratch);
  t.same([...list.at(0)!], [1, 2, 3]);
  t.same([...list.at(1)!], [9, 9, 9]);
});
