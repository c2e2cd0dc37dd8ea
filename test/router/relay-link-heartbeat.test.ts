/**
 * The relay link's heartbeat (issue 15, `make chaos` finding 5): a channel
 * that hears nothing for deadAfterMs (no frame, no pong) is dropped, so the
 * dialer redials instead of keeping a dead socket "up" for minutes; one
 * whose peer answers the pings stays up.
 */
import t from 'tap';
import { createLogger } from '../../common/logger.js';
import { RelayLink, type LinkChannel } from '../../router/cluster/relay-link.js';
import type { Teardowns } from '../helpers/router-fixture.js';

class FakeChannel implements LinkChannel {
  pings = 0;
  terminated = false;
  constructor(private readonly onPing: () => void = () => {}) {}
  send(): 'sent' {
    return 'sent';
  }
  close(): void {}
  terminate(): void {
    this.terminated = true;
  }
  ping(): void {
    this.pings++;
    this.onPing();
  }
}

function link(t: Teardowns, downs: string[]): RelayLink {
  const l = new RelayLink({
    selfId: 'rb',
    peerId: 'ra',
    dialUrl: undefined,
    secret: 'secret',
    maxFrameBytes: 1 << 20,
    highWaterMarkBytes: 1 << 20,
    heartbeatMs: 20,
    deadAfterMs: 150,
    logger: createLogger('silent'),
    onFrame: () => {},
    onDown: (down) => downs.push(down.peerId),
  });
  t.teardown(() => l.close());
  return l;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

void t.test('a silent channel is dropped after deadAfterMs', async (t) => {
  const downs: string[] = [];
  const l = link(t, downs);
  const channel = new FakeChannel();
  l.attach(channel);
  t.equal(l.state, 'up');
  await sleep(100);
  t.equal(l.state, 'up', 'not before the bound');
  t.ok(channel.pings > 0, 'it pinged the peer');
  await sleep(250);
  t.equal(l.state, 'down', 'dropped once silent past the bound');
  t.ok(channel.terminated, 'its socket terminated (a dead peer answers no close handshake)');
  t.same(downs, ['ra'], 'the ring hears the link went down');
});

void t.test('a channel whose peer answers the pings stays up', async (t) => {
  const l = link(t, []);
  const channel = new FakeChannel(() => setImmediate(() => l.heard()));
  l.attach(channel);
  await sleep(400);
  t.equal(l.state, 'up', 'still up well past the bound');
  t.notOk(channel.terminated);
});

void t.test('a closed link stops its heartbeat', async (t) => {
  const l = link(t, []);
  const channel = new FakeChannel();
  l.attach(channel);
  l.close();
  const pings = channel.pings;
  await sleep(100);
  t.equal(channel.pings, pings, 'no ping after close');
  t.equal(l.state, 'closed');
});
