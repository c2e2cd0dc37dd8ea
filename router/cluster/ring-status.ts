/** The document of GET /v1/admin/ring for a router in a ring: members (with each one's /healthz), shares, vnodes, links. */
import type { HashRing } from '../../ring/hash-ring.js';
import type { MembershipStatus } from '../../ring/membership.js';
import type { RouterInfo } from '../../ring/router-info.js';

/** How long the ring status waits for another router's /healthz. */
export const PEER_HEALTH_TIMEOUT_MS = 1000;

/** What the status reads of the ring node. */
export interface RingStatusSource {
  readonly selfId: string;
  readonly ring: HashRing;
  memberList(): RouterInfo[];
  membershipStatus(): MembershipStatus | undefined;
  linkStatus(): unknown[];
}

/** `health`: this router's own /healthz fields (the others' are fetched). */
export async function clusterStatus(node: RingStatusSource, health: Record<string, unknown>): Promise<Record<string, unknown>> {
  const ring = node.ring;
  const shares = ring.shares();
  const members = await Promise.all(
    node.memberList().map(async (m) => ({
      id: m.id,
      publicUrl: m.publicUrl,
      linkUrl: m.linkUrl,
      startedAtMs: m.startedAtMs,
      draining: m.draining,
      inRing: ring.has(m.id),
      share: shares.get(m.id) ?? 0,
      health: m.id === node.selfId ? { ok: true, ...health } : await peerHealth(m.publicUrl),
    })),
  );
  return {
    self: node.selfId,
    membership: node.membershipStatus(),
    vnodes: ring.vnodes,
    members,
    links: node.linkStatus(),
  };
}

async function peerHealth(publicUrl: string): Promise<Record<string, unknown>> {
  try {
    const response = await fetch(`${publicUrl.replace(/\/$/, '')}/healthz`, { signal: AbortSignal.timeout(PEER_HEALTH_TIMEOUT_MS) });
    const body = (await response.json()) as Record<string, unknown>;
    return { ok: response.ok, ...body };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}
