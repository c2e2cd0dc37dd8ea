/**
 * Who hears a live message live now: the users with a device at its live
 * edge (monitoring its conversation, or listening to it by id and caught
 * up). Screeners (listen mode SCREEN) hear live but are left out, and so is
 * the message's sender. When the set of users changes, the message's
 * audience on this router gets a `listening` frame (an empty one once the
 * last listener stops). In a ring each router tells the routers serving the
 * audience its own listeners (RelayFrame `listening`, replacing what it said
 * before for that message), and every router pushes the union of its own
 * and what the others said.
 *
 * Changes are gathered per message and handled once the current task is
 * done (a microtask): a new message reaching a hundred monitoring devices,
 * or ending for them, is one frame per device, not a hundred.
 */
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { Listening, Participant } from '../../proto/frames.js';
import type { ChunkSource } from '../stream/chunk-source.js';
import type { Device } from './device.js';
import type { DeviceRegistry } from './device-registry.js';

/** Tells the other routers of a ring this router's listeners of a message (RingNode); nothing alone. */
export interface RemoteListeningPush {
  /** Sends `listening` (this router's own listeners, replacing the last it sent) to the other routers serving `audience`. */
  pushListening(listening: Listening, audience: Iterable<UserId>): void;
}

export interface ListeningPresenceOptions {
  devices: DeviceRegistry;
  /** The audience of a message live or mirrored here (PresenceTracker.audienceOf); undefined once it is not. */
  audienceOf(conversationId: ConversationId, messageId: MessageId): ReadonlySet<UserId> | undefined;
  remote: RemoteListeningPush;
}

/** What this router knows of the listeners of one message. */
interface MessageListening {
  conversationId: ConversationId;
  /** The sender ('' until a device here hears the message: it is left out of the listeners here). */
  senderId: UserId | '';
  /** The last audience known: kept, because a message ending here leaves the presence before its listeners stop. */
  audience: ReadonlySet<UserId>;
  /** Devices here at the live edge, screeners included (they are left out when counted: a mode can change meanwhile). */
  here: Set<Device>;
  /** The listeners each other router said it has (never empty). */
  remote: Map<string, Participant[]>;
  /** Key of the listeners here last told to the other routers. */
  toldKey: string;
  /** The union last pushed to the devices here, and its key. */
  pushed: Participant[];
  pushedKey: string;
}

const NO_AUDIENCE: ReadonlySet<UserId> = new Set();

export class ListeningPresence {
  private readonly messages = new Map<MessageId, MessageListening>();
  /** Messages whose listeners changed since the last flush. */
  private readonly dirty = new Set<MessageId>();

  constructor(private readonly options: ListeningPresenceOptions) {
    options.devices.onHearingLive((device, source, hearing) => this.hearingLive(device, source, hearing));
  }

  /** A device here started or stopped hearing a live message at its live edge. */
  hearingLive(device: Device, source: ChunkSource, hearing: boolean): void {
    const { messageId, header } = source;
    const entry = hearing ? this.entry(messageId, header.conversationId) : this.messages.get(messageId);
    if (!entry) return;
    if (hearing) {
      entry.senderId = header.senderId;
      entry.here.add(device);
    } else {
      entry.here.delete(device);
    }
    this.changed(messageId);
  }

  /** Another router's listeners of a message (RelayFrame listening), replacing what it said before. */
  received(routerId: string, listening: Listening): void {
    const messageId = listening.messageId as MessageId;
    if (listening.listeners.length === 0) {
      if (!this.messages.get(messageId)?.remote.delete(routerId)) return;
    } else {
      this.entry(messageId, listening.conversationId as ConversationId).remote.set(routerId, listening.listeners);
    }
    this.changed(messageId);
  }

  /** The link to a router is down: what it said no longer holds (it tells again once the link is back). */
  routerGone(routerId: string): void {
    for (const [messageId, entry] of this.messages) {
      if (entry.remote.delete(routerId)) this.changed(messageId);
    }
  }

  /** A link came up: the other side may have forgotten what this router said, so it is told again. */
  retell(): void {
    for (const [messageId, entry] of this.messages) {
      if (entry.toldKey === '') continue;
      entry.toldKey = '\u0000';
      this.changed(messageId);
    }
  }

  /** A device's listen mode in a conversation changed (a screener now counts, or no longer). */
  modeChanged(device: Device, conversationId: ConversationId): void {
    for (const [messageId, entry] of this.messages) {
      if (entry.conversationId === conversationId && entry.here.has(device)) this.changed(messageId);
    }
  }

  /** The listening frames a device starting to monitor a conversation gets: its live messages that someone hears now. */
  snapshot(conversationId: ConversationId): Listening[] {
    const frames: Listening[] = [];
    for (const [messageId, entry] of this.messages) {
      if (entry.conversationId === conversationId && entry.pushed.length > 0) frames.push({ conversationId, messageId, listeners: entry.pushed });
    }
    return frames;
  }

  private entry(messageId: MessageId, conversationId: ConversationId): MessageListening {
    let entry = this.messages.get(messageId);
    if (!entry) {
      entry = { conversationId, senderId: '', audience: NO_AUDIENCE, here: new Set(), remote: new Map(), toldKey: '', pushed: [], pushedKey: '' };
      this.messages.set(messageId, entry);
    }
    return entry;
  }

  private changed(messageId: MessageId): void {
    if (this.dirty.size === 0) queueMicrotask(() => this.flush());
    this.dirty.add(messageId);
  }

  private flush(): void {
    const ids = [...this.dirty];
    this.dirty.clear();
    for (const messageId of ids) this.update(messageId);
  }

  /** Tells the other routers what changed here, pushes what changed in the union to the audience here, forgets a message nobody hears. */
  private update(messageId: MessageId): void {
    const entry = this.messages.get(messageId);
    if (!entry) return;
    const { conversationId } = entry;
    entry.audience = this.options.audienceOf(conversationId, messageId) ?? entry.audience;
    const local = this.listenersHere(entry);
    const localKey = keyOf(local);
    if (localKey !== entry.toldKey) {
      entry.toldKey = localKey;
      this.options.remote.pushListening({ conversationId, messageId, listeners: local }, entry.audience);
    }
    const union = merge(local, entry.remote.values());
    const unionKey = keyOf(union);
    if (unionKey !== entry.pushedKey) {
      entry.pushed = union;
      entry.pushedKey = unionKey;
      this.push({ conversationId, messageId, listeners: union }, entry.audience);
    }
    if (entry.here.size === 0 && entry.remote.size === 0) this.messages.delete(messageId);
  }

  /** Users with a device here at the live edge, screeners and the sender left out. */
  private listenersHere(entry: MessageListening): Participant[] {
    const users = new Map<string, Participant>();
    for (const device of entry.here) {
      const identity = device.identity;
      if (!identity || device.closed || identity.userId === entry.senderId || users.has(identity.userId)) continue;
      if (device.listenModeOf(entry.conversationId) === 'screen') continue;
      users.set(identity.userId, { userId: identity.userId, username: identity.username });
    }
    return sorted([...users.values()]);
  }

  private push(listening: Listening, audience: ReadonlySet<UserId>): void {
    for (const userId of audience) {
      for (const device of this.options.devices.devicesOf(userId)) device.send({ ref: 0, type: 'listening', listening });
    }
  }
}

/** The union of several listener lists, each user once, by username. */
function merge(first: readonly Participant[], others: Iterable<readonly Participant[]>): Participant[] {
  const users = new Map<string, Participant>(first.map((p) => [p.userId, p]));
  for (const list of others) for (const p of list) if (!users.has(p.userId)) users.set(p.userId, p);
  return sorted([...users.values()]);
}

function sorted(list: Participant[]): Participant[] {
  return list.sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : a.userId < b.userId ? -1 : 1));
}

/** Identifies a listener set (sorted lists only): '' is nobody. */
function keyOf(list: readonly Participant[]): string {
  return list.map((p) => p.userId).join(',');
}
