/**
 * The router's second start-up step: the services between the doors and
 * the stores (people, hot state, the store-and-stream core, the ring), wired
 * to each other, and the recovery of messages a previous process left live.
 */
import path from 'node:path';
import type { RouterConfig } from '../common/config.js';
import type { UserId } from '../common/ids.js';
import type { Logger } from '../common/logger.js';
import { redactUrlPasswords } from '../common/redact-url.js';
import type { HotState } from '../header-store/hot-state.js';
import { chooseRing } from './choose-ring.js';
import type { Ring } from './cluster/ring.js';
import type { RingNode } from './cluster/ring-node.js';
import { DeviceRegistry } from './delivery/device-registry.js';
import { MessageDelivery } from './delivery/message-delivery.js';
import { MessageReceipts } from './delivery/message-receipts.js';
import { PresenceTracker } from './delivery/presence-tracker.js';
import { ListeningPresence } from './delivery/listening-presence.js';
import type { RouterMetrics } from './metrics.js';
import type { Stores } from './open-stores.js';
import { AccountService } from './people/account-service.js';
import { BlockList } from './people/block-list.js';
import { MessageAccess } from './delivery/message-access.js';
import { ConversationDirectory } from './people/conversation-directory.js';
import { ConversationService } from './people/conversation-service.js';
import { HotStateGuard } from './people/hot-state-guard.js';
import { RecentHeaders } from './people/recent-headers.js';
import { ListenModes } from './people/listen-modes.js';
import { RetentionSweeper } from './people/retention-sweeper.js';
import { TimelineService } from './people/timeline-service.js';
import { UnreadCounter } from './people/unread-counter.js';
import { LiveIngest } from './stream/live-ingest.js';
import { DiskPendingHeaderEnds } from './stream/pending-header-ends.js';
import { MessagePosts } from './stream/message-posts.js';
import { MessageRemoval } from './stream/message-removal.js';
import { OnlineUsers } from './delivery/online-users.js';
import { Notifier } from './notify/notifier.js';
import { UsageMeter } from './usage/usage-meter.js';

/** People and hot state: accounts, conversations, timelines, presence, unread counts, the history cache. */
export interface PeopleServices {
  registry: DeviceRegistry;
  directory: ConversationDirectory;
  ring: Ring;
  /** The ring node in a ring (operators and tests read it); undefined alone. */
  node: RingNode | undefined;
  /** A hot state this router made for itself and closes. */
  ownHot: HotState | undefined;
  timeline: TimelineService;
  hot: HotStateGuard;
  unread: UnreadCounter;
  history: RecentHeaders;
  presence: PresenceTracker;
  /** Who hears each live message live now (listening frames). */
  listening: ListeningPresence;
  accounts: AccountService;
  blocks: BlockList;
  access: MessageAccess;
  listenModes: ListenModes;
}

export interface Services extends PeopleServices {
  live: LiveIngest;
  delivery: MessageDelivery;
  posts: MessagePosts;
  removal: MessageRemoval;
  receipts: MessageReceipts;
  conversations: ConversationService;
  sweeper: RetentionSweeper;
  /** The notification webhook; undefined without notifyUrl. */
  notifier: Notifier | undefined;
  /** Per-user usage counted here, flushed to the header store every usageFlushMs. */
  usage: UsageMeter;
  /** Messages a previous process left live, finished as interrupted at this start. */
  interrupted: number;
}

export async function buildServices(
  config: Readonly<RouterConfig>,
  stores: Stores,
  givenHotState: HotState | undefined,
  logger: Logger,
  metrics: RouterMetrics,
): Promise<Services> {
  const people = buildPeople(config, stores, givenHotState, logger, metrics);
  const usage = new UsageMeter({ store: stores.headers, flushMs: config.usageFlushMs, logger: logger.child({ component: 'usage' }) });
  const messages = buildMessages(config, stores, people, usage, logger, metrics);
  const { headers } = stores;
  const { ring, directory } = people;
  const conversations = new ConversationService({
    store: headers,
    directory,
    timeline: people.timeline,
    blocks: people.blocks,
    maxParticipants: config.limits.maxParticipants,
    onParticipantRemoved: (conversationId, userId) => messages.delivery.participantRemoved(conversationId, userId),
    onChanged: (conversationId) => ring.conversationChanged(conversationId),
    unread: people.unread,
    presence: people.presence,
  });
  ring.attach({
    live: messages.live,
    timeline: people.timeline,
    presence: people.presence,
    devices: people.registry,
    directory,
    blocks: people.blocks,
    receipts: messages.receipts,
    listening: people.listening,
    accounts: people.accounts,
    listenModes: people.listenModes,
    conversationChanged: (conversationId) => {
      directory
        .reload(conversationId)
        .then((removed) => removed.forEach((userId: UserId) => messages.delivery.participantRemoved(conversationId, userId)))
        .catch((err: unknown) => logger.warn({ component: 'conversations', err, conversationId }, 'conversation reload failed'));
    },
    conversationsStale: () => directory.clear(),
  });
  stores.bodyEvents.subscribe(messages.live);
  stores.bodyEvents.subscribe(ring);
  const interrupted = await messages.live.recoverInterrupted();
  const sweeper = new RetentionSweeper({
    headers,
    expire: (header) => messages.removal.expire(header),
    defaultRetentionMs: config.retentionMs,
    intervalMs: config.retentionSweepIntervalMs,
    logger: logger.child({ component: 'retention' }),
  });
  const notifier = buildNotifier(config, stores, people, logger, metrics);
  return { ...people, ...messages, conversations, sweeper, notifier, usage, interrupted };
}

/** The notification webhook when notifyUrl is set: fed by every message_new this router publishes, sending from now on. */
function buildNotifier(
  config: Readonly<RouterConfig>,
  { headers }: Stores,
  { timeline, directory, registry, hot, ring }: PeopleServices,
  logger: Logger,
  metrics: RouterMetrics,
): Notifier | undefined {
  const { notifyUrl } = config;
  if (notifyUrl === undefined) return undefined;
  const notifier = new Notifier({
    config: { ...config, notifyUrl },
    store: headers,
    directory,
    // Who is connected, on any router: marked in the hot state (the ring's, or this router's own).
    online: new OnlineUsers({ devices: registry, guard: hot, routerId: ring.selfId }),
    registry: metrics.registry,
    logger: logger.child({ component: 'notify' }),
  });
  timeline.onPublish((userIds, event) => notifier.published(userIds, event));
  notifier.start();
  // The URL may carry a password; the secret is never logged.
  logger.info({ notifyUrl: redactUrlPasswords(notifyUrl), notifyMaxAttempts: config.notifyMaxAttempts, notifyQueueMax: config.notifyQueueMax }, 'notification webhook on');
  return notifier;
}

function buildPeople(
  config: Readonly<RouterConfig>,
  stores: Stores,
  givenHotState: HotState | undefined,
  logger: Logger,
  metrics: RouterMetrics,
): PeopleServices {
  const { headers, bodies } = stores;
  const registry = new DeviceRegistry();
  const directory = new ConversationDirectory(headers);
  const { ring, node, ownHot } = chooseRing(config, givenHotState, logger, headers, bodies);
  // In a ring other routers append to the same timelines, so a cached head would go stale.
  const timeline = new TimelineService({
    store: headers,
    devices: registry,
    logger,
    cacheHeads: node === undefined,
    maxPending: config.maxPendingTimelineAppends,
    onDropped: (count) => metrics.timelineDropped(count),
  });
  // Events of users homed on other routers go over the ring's links (none alone).
  timeline.remote = node;
  // Unread counts, speakers and the history cache: the ring's shared hot state (there once it joined), else this process's.
  const hot = new HotStateGuard({ hotState: () => ring.hotState, logger: logger.child({ component: 'hot-state' }) });
  const unread = new UnreadCounter({ guard: hot });
  const history = new RecentHeaders({ guard: hot, headers, logger: logger.child({ component: 'history' }) });
  timeline.onPublish((userIds, event) => {
    unread.published(userIds, event);
    history.published(event);
  });
  const presence = new PresenceTracker({ devices: registry, hot, directory });
  const listening = new ListeningPresence({ devices: registry, audienceOf: (c, m) => presence.audienceOf(c, m), remote: ring });
  const accounts = new AccountService({
    store: headers,
    sessionTtlMs: config.sessionTtlMs,
    maxSessionsPerUser: config.limits.maxSessionsPerUser,
    logger: logger.child({ component: 'accounts' }),
    remote: ring,
  });
  const blocks = new BlockList({ store: headers, maxBlocks: config.limits.maxBlocksPerUser });
  const access = new MessageAccess({ directory, blocks });
  const listenModes = new ListenModes({ store: headers, directory, devices: registry, listening, remote: ring });
  return { registry, directory, ring, node, ownHot, timeline, hot, unread, history, presence, listening, accounts, blocks, access, listenModes };
}

function buildMessages(
  config: Readonly<RouterConfig>,
  { headers, bodies }: Stores,
  { registry, directory, ring, timeline, presence, listening, blocks, access }: PeopleServices,
  usage: UsageMeter,
  logger: Logger,
  metrics: RouterMetrics,
): Pick<Services, 'live' | 'delivery' | 'posts' | 'removal' | 'receipts'> {
  const messagesLogger = logger.child({ component: 'messages' });
  const live = new LiveIngest({
    headers,
    bodies,
    directory,
    blocks,
    timeline,
    presence,
    devices: registry,
    ring,
    limits: config.limits,
    liveResumeGraceMs: config.liveResumeGraceMs,
    liveIdleTimeoutMs: config.liveIdleTimeoutMs,
    ackIntervalMs: config.ackIntervalMs,
    pendingEnds: new DiskPendingHeaderEnds(path.join(config.dataDir, 'pending-header-ends'), messagesLogger),
    logger: messagesLogger,
    metrics,
    usage,
  });
  const delivery = new MessageDelivery({ headers, bodies, directory, access, blocks, presence, listening, devices: registry, live, ring, metrics });
  const posts = new MessagePosts({ headers, bodies, directory, timeline, blocks, limits: config.limits, metrics, usage });
  const removal = new MessageRemoval({ headers, bodies, directory, timeline, blocks, access, live, logger: messagesLogger, usage });
  const receipts = new MessageReceipts({
    headers,
    find: async (id) => delivery.liveSource(id)?.header ?? (await headers.getMessage(id)),
    access,
    devices: registry,
    remote: ring,
    flushIntervalMs: config.receiptFlushIntervalMs,
    maxPending: config.maxPendingReceipts,
    logger: logger.child({ component: 'receipts' }),
  });
  return { live, delivery, posts, removal, receipts };
}
