/**
 * BodyRemote on Apache CouchDB 3.x (single node or a cluster's URL), through
 * nano. One document per body, one attachment per block:
 *
 *   _id    "body:<messageId>"
 *   type   "voxring.body", version 1, messageId
 *   blocks [{ name: "s000000000", first: 0, count: 250, bytes, payloadBytes }, ...]
 *          contiguous from seq 0; attachment `name` holds records first..first+count-1
 *          byte for byte as the body file has them (u32 seq | u16 n | u32 crc | payload)
 *   chunkCount, byteCount   totals of the blocks
 *   complete                true once the body was finished and every chunk is here
 *   _attachments            one application/octet-stream attachment per block
 *
 * A tombstone (deleted body) keeps the _id with `gone: "<reason>"`, `goneAt`
 * and no blocks or attachments, so an upload still queued elsewhere cannot
 * bring the body back.
 *
 * Each append is one PUT of the document with the new block inline (base64)
 * and the earlier ones as stubs: the block list and the attachments change
 * together or not at all. A 409 conflict (another writer, or our own retry
 * whose first try did land) re-reads the document and decides again, so a
 * retried block is never stored twice and never skipped. Only document and
 * attachment endpoints and PUT /db are used.
 */
import nano, { type RequestOptions, type ServerScope } from 'nano';
import { VoxError } from '../common/errors.js';
import type { MessageId } from '../common/ids.js';
import { encodeFileHeader, scanRecordRange, FILE_HEADER_BYTES } from './body-file-format.js';
import type { AppendOptions, BlockUpload, BodyRemote, RemoteBlock, RemoteBody } from './body-remote.js';

export interface CouchdbBodyRemoteOptions {
  /** Server URL, credentials included if needed: http://user:pass@host:5984 */
  url: string;
  /** Database name; created when missing. */
  database: string;
  /** Per-request timeout (default 10 s): a CouchDB that hangs counts as down. */
  requestTimeoutMs?: number;
}

/** The CouchDB document of a body, as stored. */
interface BodyDoc {
  _id: string;
  _rev?: string;
  type: 'voxring.body';
  version: 1;
  messageId: string;
  blocks?: RemoteBlock[];
  chunkCount?: number;
  byteCount?: number;
  complete?: boolean;
  gone?: string;
  goneAt?: number;
  updatedAt?: number;
  _attachments?: Record<string, { stub?: boolean; content_type?: string; data?: string; length?: number; digest?: string; revpos?: number }>;
}

/** nano's errors carry the HTTP status; transport failures have none. */
interface NanoError extends Error {
  statusCode?: number;
}

const CONFLICT_RETRIES = 8;

/** `body:<id>`: the id pattern (A-Za-z0-9_.:-) never starts a CouchDB-reserved `_`. */
export function bodyDocId(messageId: MessageId): string {
  return `body:${messageId}`;
}

/** Block attachment name: "s" + first seq, zero-padded so names sort in seq order. */
export function blockName(first: number): string {
  return `s${String(first).padStart(9, '0')}`;
}

function statusOf(err: unknown): number | undefined {
  return err instanceof Error ? (err as NanoError).statusCode : undefined;
}

function remoteError(err: unknown, what: string): VoxError {
  if (err instanceof VoxError) return err;
  const status = statusOf(err);
  const detail = err instanceof Error ? err.message : String(err);
  return new VoxError('VOX_STORAGE_FAILED', `CouchDB ${what}: ${status ?? 'no response'} ${detail}`, { cause: err });
}

function toRemoteBody(doc: BodyDoc): RemoteBody {
  const blocks = doc.gone ? [] : (doc.blocks ?? []);
  return {
    messageId: doc.messageId as MessageId,
    blocks: blocks.map((b) => ({ ...b })),
    chunkCount: doc.gone ? 0 : (doc.chunkCount ?? 0),
    byteCount: doc.gone ? 0 : (doc.byteCount ?? 0),
    complete: !doc.gone && doc.complete === true,
    gone: doc.gone ?? null,
  };
}

/** BodyRemote over CouchDB's HTTP API. */
export class CouchdbBodyRemote implements BodyRemote {
  private readonly server: ServerScope;
  private readonly database: string;
  private readonly timeoutMs: number;
  private ready: Promise<void> | undefined;
  private closed = false;

  constructor(options: CouchdbBodyRemoteOptions) {
    this.server = nano({ url: options.url });
    this.database = options.database;
    this.timeoutMs = options.requestTimeoutMs ?? 10_000;
  }

  async head(messageId: MessageId): Promise<RemoteBody | undefined> {
    const doc = await this.getDoc(messageId);
    return doc && toRemoteBody(doc);
  }

  async append(messageId: MessageId, block: BlockUpload | null, options: AppendOptions): Promise<RemoteBody> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.getDoc(messageId);
      if (current?.gone && !options.revive) return toRemoteBody(current);
      const next = this.nextDoc(messageId, current, block, options);
      if (next === undefined) return current ? toRemoteBody(current) : emptyBody(messageId);
      try {
        await this.request({ db: this.database, doc: next._id, method: 'PUT', body: next }, 'put body');
        return toRemoteBody(next);
      } catch (err) {
        // Someone wrote in between (or our own earlier try landed): read again and decide again.
        if (statusOf(err) === 409 && attempt < CONFLICT_RETRIES) continue;
        throw remoteError(err, `put ${next._id}`);
      }
    }
  }

  /** The document to PUT, or undefined when nothing would change. */
  private nextDoc(messageId: MessageId, current: BodyDoc | undefined, block: BlockUpload | null, options: AppendOptions): BodyDoc | undefined {
    const fresh = options.revive || current === undefined || current.gone !== undefined;
    const doc: BodyDoc = {
      _id: bodyDocId(messageId),
      ...(current?._rev ? { _rev: current._rev } : {}),
      type: 'voxring.body',
      version: 1,
      messageId,
      blocks: fresh ? [] : [...(current.blocks ?? [])],
      chunkCount: fresh ? 0 : (current.chunkCount ?? 0),
      byteCount: fresh ? 0 : (current.byteCount ?? 0),
      complete: options.complete,
      updatedAt: Date.now(),
      _attachments: {},
    };
    // Stubs exactly as the server returned them (digest, revpos): PouchDB-based servers need more than `stub: true`.
    for (const b of doc.blocks!) doc._attachments![b.name] = current?._attachments?.[b.name] ?? { stub: true };
    const changed = fresh || current?.complete !== options.complete;
    if (block !== null && block.count > 0) {
      const end = block.first + block.count;
      if (block.first < doc.chunkCount!) {
        // Already covered (a retry whose first try landed) — unless a block
        // starts exactly here and is shorter: this writer has more, replace from there.
        const at = doc.blocks!.findIndex((b) => b.first === block.first);
        if (at < 0 || end <= doc.chunkCount!) return changed ? withTotals(doc) : undefined;
        for (const dropped of doc.blocks!.splice(at)) delete doc._attachments![dropped.name];
      } else if (block.first > doc.chunkCount!) {
        // A gap: store nothing; the caller continues from the returned chunkCount.
        return undefined;
      }
      const name = blockName(block.first);
      doc.blocks!.push({ name, first: block.first, count: block.count, bytes: block.records.length, payloadBytes: block.payloadBytes });
      doc._attachments![name] = { content_type: 'application/octet-stream', data: block.records.toString('base64') };
      return withTotals(doc);
    }
    return changed ? withTotals(doc) : undefined;
  }

  async fetch(messageId: MessageId): Promise<{ body: RemoteBody; file: Buffer } | undefined> {
    const doc = await this.getDoc(messageId);
    if (!doc || doc.gone) return undefined;
    const body = toRemoteBody(doc);
    const parts: Buffer[] = [encodeFileHeader()];
    for (const block of body.blocks) {
      const data = await this.request(
        { db: this.database, doc: doc._id, att: block.name, encoding: 'binary', dontParse: true, qs: { rev: doc._rev } },
        'get block',
      );
      const bytes = Buffer.isBuffer(data) ? data : typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.alloc(0);
      const scan = scanRecordRange(bytes, 0, block.first, Infinity);
      if (scan.stop !== 'end' || scan.count !== block.count || scan.endOffset !== bytes.length) {
        throw new VoxError('VOX_STORAGE_FAILED', `CouchDB block ${block.name} of ${messageId} is corrupt (${scan.stop}, ${scan.count}/${block.count} records)`);
      }
      parts.push(bytes);
    }
    const file = Buffer.concat(parts);
    if (file.length < FILE_HEADER_BYTES) throw new VoxError('VOX_INTERNAL', 'body file without header');
    return { body, file };
  }

  async tombstone(messageId: MessageId, reason: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.getDoc(messageId);
      if (current?.gone) return;
      const doc: BodyDoc = {
        _id: bodyDocId(messageId),
        ...(current?._rev ? { _rev: current._rev } : {}),
        type: 'voxring.body',
        version: 1,
        messageId,
        gone: reason,
        goneAt: Date.now(),
      };
      try {
        await this.request({ db: this.database, doc: doc._id, method: 'PUT', body: doc }, 'put tombstone');
        return;
      } catch (err) {
        if (statusOf(err) === 409 && attempt < CONFLICT_RETRIES) continue;
        throw remoteError(err, `tombstone ${doc._id}`);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private async getDoc(messageId: MessageId): Promise<BodyDoc | undefined> {
    try {
      return (await this.request({ db: this.database, doc: bodyDocId(messageId) }, 'get body')) as BodyDoc;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw remoteError(err, `get ${bodyDocId(messageId)}`);
    }
  }

  /** One HTTP request with a timeout; creates the database first (once, retried after a failure). */
  private async request(opts: RequestOptions & { dontParse?: boolean }, what: string): Promise<unknown> {
    if (this.closed) throw new VoxError('VOX_SHUTTING_DOWN', 'CouchDB body remote is closed');
    this.ready ??= this.createDatabase().catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    await this.ready;
    return this.raw(opts, what);
  }

  private raw(opts: RequestOptions & { dontParse?: boolean }, _what: string): Promise<unknown> {
    return this.server.relax({ ...opts, signal: AbortSignal.timeout(this.timeoutMs) } as RequestOptions) as Promise<unknown>;
  }

  private async createDatabase(): Promise<void> {
    try {
      await this.raw({ db: this.database, method: 'PUT' }, 'create database');
    } catch (err) {
      // 412: it exists. Anything else (down, 401): the next request tries again.
      if (statusOf(err) !== 412) throw remoteError(err, `create database ${this.database}`);
    }
  }
}

function emptyBody(messageId: MessageId): RemoteBody {
  return { messageId, blocks: [], chunkCount: 0, byteCount: 0, complete: false, gone: null };
}

function withTotals(doc: BodyDoc): BodyDoc {
  doc.chunkCount = doc.blocks!.reduce((n, b) => n + b.count, 0);
  doc.byteCount = doc.blocks!.reduce((n, b) => n + b.payloadBytes, 0);
  return doc;
}
