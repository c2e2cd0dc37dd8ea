/**
 * The payloads of one message in memory, in seq order: copied into blocks
 * with an offset table rather than kept as a typed array each. A view is
 * ~75 bytes of heap per 20 ms chunk, more than the Opus packet it points to,
 * and one more object for every garbage collection to trace; here a chunk
 * costs its bytes plus 20 (offset table, and when its talker's router
 * received it, for the mouth-to-ear metrics).
 */

/** First block of a list; each next one is twice as large, up to MAX_BLOCK_BYTES. */
const FIRST_BLOCK_BYTES = 2048;
const MAX_BLOCK_BYTES = 64 * 1024;
const FIRST_TABLE_ENTRIES = 64;

export class ChunkList {
  private readonly blocks: Uint8Array[] = [];
  private used = 0;
  private count = 0;
  private bytes = 0;
  /** Per seq: index of its block, offset in it, length. */
  private blockOf = new Uint32Array(FIRST_TABLE_ENTRIES);
  private offsetOf = new Uint32Array(FIRST_TABLE_ENTRIES);
  private lengthOf = new Uint32Array(FIRST_TABLE_ENTRIES);
  /** Per seq: wall-clock ms its talker's router received it; 0 when unknown (read from storage). */
  private receivedAtOf = new Float64Array(FIRST_TABLE_ENTRIES);

  static from(payloads: readonly Uint8Array[]): ChunkList {
    const list = new ChunkList();
    for (const payload of payloads) list.push(payload);
    return list;
  }

  get length(): number {
    return this.count;
  }

  /** Payload bytes of every chunk. */
  get byteLength(): number {
    return this.bytes;
  }

  /** Appends a copy of `payload` as the next seq (the caller may reuse its memory), received at `receivedAtMs` (0: unknown). */
  push(payload: Uint8Array, receivedAtMs = 0): void {
    const length = payload.length;
    let block = this.blocks[this.blocks.length - 1];
    if (block === undefined || this.used + length > block.length) {
      const next = block === undefined ? FIRST_BLOCK_BYTES : Math.min(2 * block.length, MAX_BLOCK_BYTES);
      block = new Uint8Array(Math.max(next, length));
      this.blocks.push(block);
      this.used = 0;
    }
    if (this.count === this.blockOf.length) this.growTable();
    block.set(payload, this.used);
    this.blockOf[this.count] = this.blocks.length - 1;
    this.offsetOf[this.count] = this.used;
    this.lengthOf[this.count] = length;
    this.receivedAtOf[this.count] = receivedAtMs;
    this.used += length;
    this.bytes += length;
    this.count++;
  }

  /** The payload of `seq` (a view, valid as long as the list), or undefined past the end. */
  at(seq: number): Uint8Array | undefined {
    if (seq >>> 0 !== seq || seq >= this.count) return undefined;
    const offset = this.offsetOf[seq]!;
    return this.blocks[this.blockOf[seq]!]!.subarray(offset, offset + this.lengthOf[seq]!);
  }

  /** The payload length of `seq` (no view made: the per-chunk delivery path counts it), 0 past the end. */
  lengthAt(seq: number): number {
    return seq >>> 0 === seq && seq < this.count ? this.lengthOf[seq]! : 0;
  }

  /** Wall-clock ms the talker's router received `seq`; 0 when unknown or past the end. */
  receivedAtMs(seq: number): number {
    return seq < this.count ? this.receivedAtOf[seq]! : 0;
  }

  /** Every payload, as views. */
  toArray(): Uint8Array[] {
    return Array.from({ length: this.count }, (_, seq) => this.at(seq)!);
  }

  private growTable(): void {
    this.blockOf = grown(this.blockOf, new Uint32Array(this.blockOf.length * 2));
    this.offsetOf = grown(this.offsetOf, new Uint32Array(this.offsetOf.length * 2));
    this.lengthOf = grown(this.lengthOf, new Uint32Array(this.lengthOf.length * 2));
    this.receivedAtOf = grown(this.receivedAtOf, new Float64Array(this.receivedAtOf.length * 2));
  }
}

/** `into` (twice as long) holding `table` at its start. */
function grown<T extends Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(table: T, into: T): T {
  into.set(table);
  return into;
}
