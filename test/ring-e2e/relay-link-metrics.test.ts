/**
 * /metrics names each relay link's peer with its frames and bytes both ways,
 * whether it is up and its control queue (issue 19), read from the same links
 * the ring status shows.
 */
import t from 'tap';
import type { Router } from '../../router/router.js';
import { connectDevice } from '../helpers/router-fixture.js';
import { linksUp, startRing, userHomedOn } from './ring-fixture.js';

function sample(metrics: string, name: string, labels: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

void t.test('relay link metrics per peer', async (t) => {
  const ring = await startRing(t, { count: 2 });
  const [r0, r1] = ring.routers as [Router, Router];
  await linksUp(ring.routers);
  // A device on r1 of a user homed on r0 makes r1 tell r0 about it: frames cross the link.
  const user = await userHomedOn(ring.routers, r0, 'lm');
  await connectDevice(t, r1.url, user).catch(() => undefined);
  const peer = r1.config.routerId;
  const status = (): { framesSent: number; bytesSent: number } => r0.ring!.linkStatus().find((l) => l.peer === peer)!;
  const metrics = await (await fetch(`${r0.url}/metrics`)).text();
  const after = status();
  t.equal(sample(metrics, 'voxring_relay_link_up', `peer="${peer}"`), 1, 'up');
  t.equal(sample(metrics, 'voxring_relay_link_queue_frames', `peer="${peer}"`), 0, 'nothing queued while up');
  t.equal(sample(metrics, 'voxring_relay_link_dropped_frames_total', `peer="${peer}"`), 0);
  const sent = sample(metrics, 'voxring_relay_link_frames_total', `peer="${peer}",direction="sent"`);
  const received = sample(metrics, 'voxring_relay_link_frames_total', `peer="${peer}",direction="received"`);
  const bytesSent = sample(metrics, 'voxring_relay_link_bytes_total', `peer="${peer}",direction="sent"`);
  t.ok(sent !== undefined && sent <= after.framesSent, `frames sent (${String(sent)}) as the link counts them (${after.framesSent})`);
  t.ok(received !== undefined && received > 0, `frames received (${String(received)})`);
  t.ok(bytesSent !== undefined && bytesSent >= (sent ?? 0), 'at least a byte per frame');
  t.equal(sample(metrics, 'voxring_relay_link_up', `peer="${r0.config.routerId}"`), undefined, 'no link to itself');
});
