/**
 * The header of a start that failed after its insert was sent (issue 15):
 * watched for a while and ended INTERRUPTED when it shows up LIVE under this
 * router's name with nobody streaming it, left alone when it moved on.
 */
import t from 'tap';
import type { MessageId } from '../../common/ids.js';
import { createLogger } from '../../common/logger.js';
import type { MessageRecord, MessageUpdate } from '../../header-store/header-store.js';
import { settleAbandonedStart, type AbandonedStartOptions } from '../../router/stream/abandoned-start.js';

const ID = 'm1' as MessageId;

// The watch's timers are unreferenced (a router's sockets keep its process up): here an interval does.
const keepAlive = setInterval(() => {}, 1000);
t.teardown(() => clearInterval(keepAlive));

class FakeHeaders {
  row: Partial<MessageRecord> | undefined;
  lookups = 0;
  updates: { update: MessageUpdate; onRouter: string | null | undefined }[] = [];
  /** The insert lands at this lookup (1-based); undefined: never. */
  constructor(
    private readonly landsAt: number | undefined,
    private readonly landed: Partial<MessageRecord>,
    private readonly hangFirst = false,
  ) {}
  getMessage(): Promise<MessageRecord | undefined> {
    this.lookups++;
    if (this.hangFirst && this.lookups === 1) return new Promise(() => {});
    if (this.landsAt !== undefined && this.lookups >= this.landsAt) this.row ??= { ...this.landed };
    return Promise.resolve(this.row as MessageRecord | undefined);
  }
  updateLiveMessage(_id: MessageId, update: MessageUpdate, onRouter?: string | null): Promise<boolean> {
    this.updates.push({ update, onRouter });
    if (this.row?.state !== 'live') return Promise.resolve(false);
    Object.assign(this.row, update);
    return Promise.resolve(true);
  }
}

function options(headers: FakeHeaders, extra: Partial<AbandonedStartOptions> = {}): AbandonedStartOptions {
  return {
    headers: headers,
    logger: createLogger('silent'),
    liveRouter: 'r0',
    liveHere: () => false,
    stopped: () => false,
    now: Date.now,
    watchMs: 2000,
    firstDelayMs: 5,
    maxDelayMs: 40,
    attemptTimeoutMs: 100,
    ...extra,
  };
}

void t.test('an insert that lands late is ended INTERRUPTED with no chunks', async (t) => {
  const headers = new FakeHeaders(3, { state: 'live', liveRouter: 'r0', chunkCount: 0 }, true);
  t.equal(await settleAbandonedStart(ID, options(headers)), 'ended');
  t.equal(headers.row?.state, 'interrupted');
  t.equal(headers.row?.chunkCount, 0);
  t.same(headers.updates.map((u) => u.onRouter), ['r0'], 'one conditional update, on this router only');
  t.ok(headers.lookups >= 3, 'a lookup that never answered was given up and tried again');
});

void t.test('a header never stored is watched until the deadline, then left', async (t) => {
  const headers = new FakeHeaders(undefined, {});
  const began = Date.now();
  t.equal(await settleAbandonedStart(ID, options(headers, { watchMs: 300 })), 'not-stored');
  t.ok(Date.now() - began < 1000, 'stops near its bound');
  t.same(headers.updates, [], 'nothing written');
});

void t.test('a message live here again, or live on another router, is not touched', async (t) => {
  const here = new FakeHeaders(1, { state: 'live', liveRouter: 'r0' });
  t.equal(await settleAbandonedStart(ID, options(here, { liveHere: () => true })), 'moved-on');
  const elsewhere = new FakeHeaders(1, { state: 'live', liveRouter: 'r1' });
  t.equal(await settleAbandonedStart(ID, options(elsewhere)), 'moved-on');
  const ended = new FakeHeaders(1, { state: 'complete', liveRouter: 'r0' });
  t.equal(await settleAbandonedStart(ID, options(ended)), 'moved-on');
  t.same([here.updates, elsewhere.updates, ended.updates], [[], [], []], 'nothing written');
});

void t.test('a stopping router stops the watch', async (t) => {
  const headers = new FakeHeaders(undefined, {});
  t.equal(await settleAbandonedStart(ID, options(headers, { stopped: () => true })), 'not-stored');
  t.equal(headers.lookups, 0);
});
