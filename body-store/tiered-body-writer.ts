/** The writer of a TieredBodyStore: the disk writer, plus upload bookkeeping on append and finish. */
import type { MessageId } from '../common/ids.js';
import { RECORD_HEADER_BYTES } from './body-file-format.js';
import type { BodyWriter } from './body-store.js';
import type { DiskBodyWriter } from './disk-body-writer.js';

/** What a TieredBodyWriter reports to its store. */
export interface TieredBodyWriterHooks {
  appended(writer: TieredBodyWriter, recordBytes: number): void;
  finished(writer: TieredBodyWriter): void;
}

/** BodyWriter over a DiskBodyWriter; created by TieredBodyStore.openWriter. */
export class TieredBodyWriter implements BodyWriter {
  private finishing: Promise<void> | undefined;

  constructor(
    private readonly inner: DiskBodyWriter,
    private readonly hooks: TieredBodyWriterHooks,
  ) {}

  get messageId(): MessageId {
    return this.inner.messageId;
  }

  get appendedCount(): number {
    return this.inner.appendedCount;
  }

  get durableCount(): number {
    return this.inner.durableCount;
  }

  get isFinishing(): boolean {
    return this.finishing !== undefined;
  }

  /** Length of the local file once everything appended is durable. */
  get byteLength(): number {
    return this.inner.byteLength;
  }

  append(seq: number, payload: Uint8Array): void {
    this.inner.append(seq, payload);
    this.hooks.appended(this, RECORD_HEADER_BYTES + payload.length);
  }

  finish(): Promise<void> {
    this.finishing ??= this.inner.finish().then(
      () => this.hooks.finished(this),
      (err: unknown) => {
        // The disk writer went back to open: so does this one.
        this.finishing = undefined;
        throw err;
      },
    );
    return this.finishing;
  }
}
