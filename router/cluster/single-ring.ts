/**
 * The Ring of a router alone (no redisUrl, no peers): every user is served
 * here, so routes are empty (no redirects, no route frames, no URLs in
 * signup answers); nothing is relayed, mirrored or replicated (acks wait for
 * this disk only); headers name no router; there is no link door and no ring
 * to drain from.
 */
import { VoxError } from '../../common/errors.js';
import type { ConversationId, MessageId, RouterId } from '../../common/ids.js';
import type { HotState } from '../../header-store/hot-state.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { TimelineEvent } from '../../proto/frames.js';
import type { RouterInfo } from '../../ring/router-info.js';
import type { Door } from '../door.js';
import type { LinkStatus } from './relay-link.js';
import type { Ring, RouteUrls } from './ring.js';

export class SingleRing implements Ring {
  readonly liveRouter = undefined;
  readonly doors: readonly Door[] = [];
  readonly draining = false;
  readonly mirrorCount = 0;

  /** `hotState`: this process's (or one a test passes); the router closes it. */
  constructor(
    readonly selfId: RouterId,
    readonly hotState: HotState,
  ) {}

  routeOf(): RouterInfo[] {
    return [];
  }

  reachable(): boolean {
    return true;
  }

  routeUrls(): RouteUrls | undefined {
    return undefined;
  }

  pushRemote(_userId: string, _event: TimelineEvent): boolean {
    return false;
  }

  pushReceipt(): boolean {
    return false;
  }

  pushListening(): void {}

  sessionRevoked(): void {}

  pushListenMode(): void {}

  conversationChanged(_conversationId: ConversationId): void {}

  onRingChange(): void {}

  liveStarted(): void {}

  async ownsLive(): Promise<boolean> {
    return true;
  }

  liveEnded(): void {}

  liveElsewhere(): boolean {
    return false;
  }

  async takeOver(): Promise<void> {
    throw new VoxError('VOX_MESSAGE_LIVE_ELSEWHERE');
  }

  durable(): void {}

  mirrorSource(_id: MessageId): ChunkSource | undefined {
    return undefined;
  }

  mirroredLive(): ChunkSource[] {
    return [];
  }

  async remoteSource(): Promise<ChunkSource | undefined> {
    return undefined;
  }

  async setDraining(): Promise<void> {
    throw new VoxError('VOX_NOT_FOUND', 'this router is not part of a ring');
  }

  async handOff(): Promise<void> {}

  async status(health: Record<string, unknown>): Promise<Record<string, unknown>> {
    return { self: health, kind: 'single', members: [], links: [] };
  }

  linkStatus(): LinkStatus[] {
    return [];
  }

  attach(): void {}

  async start(): Promise<void> {}

  async close(): Promise<void> {}
}
