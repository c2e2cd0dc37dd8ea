/**
 * Who is speaking now in each conversation: tells the participants' devices
 * on this router when it changes (presence frames), and keeps the hot
 * state's speaker list in step so that GET /v1/conversations answers the
 * same on every router of a ring.
 *
 * A message's router and every router mirroring it call start and stop;
 * both are idempotent per message id here, and the shared list is keyed by
 * message id, so a message is one speaker however many routers report it
 * (the last stop removes nothing and is fine). A message sent to one
 * participant only stays out of the shared list: it has no audience field.
 * Hot-state writes of one message run in order (a stop never overtakes its
 * start); a failed add is redone and a failed removal retried by the
 * hot-state repair.
 */
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { HotState } from '../../header-store/hot-state.js';
import type { Presence, Speaker } from '../../proto/frames.js';
import type { ConversationDirectory } from '../people/conversation-directory.js';
import type { HotStateGuard } from '../people/hot-state-guard.js';
import type { DeviceRegistry } from './device-registry.js';

export interface PresenceTrackerOptions {
  devices: DeviceRegistry;
  /** The shared speaker list; absent: presence frames only. */
  hot?: HotStateGuard;
  /** Tells a message to the whole conversation from one to a single participant. Required with `hot`. */
  directory?: ConversationDirectory;
  now?: () => number;
}

/** A speaker as this router knows it. */
interface LocalSpeaker {
  userId: UserId;
  audience: ReadonlySet<UserId>;
  startedAtMs: number;
  /** Written to the hot state (a message to the whole conversation). */
  shared: boolean;
}

export class PresenceTracker {
  private readonly speaking = new Map<ConversationId, Map<MessageId, LocalSpeaker>>();
  /** Per message, the tail of its hot-state writes. */
  private readonly writes = new Map<MessageId, Promise<boolean>>();
  /** Shared speakers that stopped but whose removal failed, for the repair. */
  private readonly staleShared = new Map<MessageId, ConversationId>();
  private readonly now: () => number;

  constructor(private readonly options: PresenceTrackerOptions) {
    this.now = options.now ?? Date.now;
    options.hot?.onRepair((hot) => this.republish(hot));
  }

  snapshot(conversationId: ConversationId): Presence {
    const speakers: Speaker[] = [];
    for (const [messageId, { userId }] of this.speaking.get(conversationId) ?? []) speakers.push({ userId, messageId });
    return { conversationId, speakers };
  }

  /** Who hears a message live here or mirrored here (its audience, blockers of its sender left out); undefined when it is not. */
  audienceOf(conversationId: ConversationId, messageId: MessageId): ReadonlySet<UserId> | undefined {
    return this.speaking.get(conversationId)?.get(messageId)?.audience;
  }

  isSpeaking(conversationId: ConversationId): boolean {
    return (this.speaking.get(conversationId)?.size ?? 0) > 0;
  }

  start(conversationId: ConversationId, messageId: MessageId, userId: UserId, participants: readonly UserId[]): void {
    let map = this.speaking.get(conversationId);
    if (!map) this.speaking.set(conversationId, (map = new Map<MessageId, LocalSpeaker>()));
    if (map.has(messageId)) return;
    const speaker: LocalSpeaker = { userId, audience: new Set(participants), startedAtMs: this.now(), shared: false };
    map.set(messageId, speaker);
    this.staleShared.delete(messageId); // live again (a resume): the pending removal is void
    this.broadcast(conversationId, participants);
    const hot = this.options.hot;
    if (!hot) return;
    void this.enqueue(messageId, async () => {
      if (!(await this.toWholeConversation(conversationId, speaker.audience))) return true;
      if (this.speaking.get(conversationId)?.get(messageId) !== speaker) return true; // stopped meanwhile
      speaker.shared = true;
      const added = await hot.run('addSpeaker', async (h) => {
        await h.addSpeaker(conversationId, { messageId, userId, startedAtMs: speaker.startedAtMs });
        return true;
      });
      return added === true; // a failure makes the guard degraded: the repair adds it again
    });
  }

  stop(conversationId: ConversationId, messageId: MessageId, participants: readonly UserId[]): void {
    const map = this.speaking.get(conversationId);
    const speaker = map?.get(messageId);
    if (!map || !speaker) return;
    map.delete(messageId);
    if (map.size === 0) this.speaking.delete(conversationId);
    this.broadcast(conversationId, participants);
    const hot = this.options.hot;
    if (!hot) return;
    void this.enqueue(messageId, async () => {
      if (!speaker.shared) return true;
      const removed = await hot.run('removeSpeaker', (h) => h.removeSpeaker(conversationId, messageId));
      if (removed === undefined) this.staleShared.set(messageId, conversationId);
      return removed !== undefined;
    });
  }

  /**
   * Who is speaking now as `viewer` may see it, oldest first: the shared list
   * (every router's messages) plus what this router knows that the viewer
   * hears (messages to one participant, writes not landed yet); only what
   * this router knows when the hot state is unavailable.
   */
  async speakersFor(conversationId: ConversationId, viewer: UserId): Promise<Speaker[]> {
    const shared = this.options.hot ? await this.options.hot.run('speakers', (h) => h.speakers(conversationId)) : undefined;
    const speakers: Speaker[] = (shared ?? []).map((s) => ({ userId: s.userId, messageId: s.messageId }));
    const listed = new Set(speakers.map((s) => s.messageId));
    const local = [...(this.speaking.get(conversationId) ?? [])]
      .filter(([messageId, s]) => !listed.has(messageId) && s.audience.has(viewer))
      .sort(([ida, a], [idb, b]) => a.startedAtMs - b.startedAtMs || (ida < idb ? -1 : ida > idb ? 1 : 0));
    for (const [messageId, { userId }] of local) speakers.push({ userId, messageId });
    return speakers;
  }

  /** Resolves once every hot-state write issued so far is done (before the hot state closes). */
  async settle(): Promise<void> {
    await Promise.all([...this.writes.values()]);
  }

  /** Runs `write` after the earlier writes of the same message. */
  private enqueue(messageId: MessageId, write: () => Promise<boolean>): Promise<boolean> {
    const previous = this.writes.get(messageId) ?? Promise.resolve(true);
    const next = previous.then(write, write).catch(() => false);
    this.writes.set(messageId, next);
    void next.then(() => {
      if (this.writes.get(messageId) === next) this.writes.delete(messageId);
    });
    return next;
  }

  /** Everyone in the conversation hears the message (so it may be listed to all). */
  private async toWholeConversation(conversationId: ConversationId, audience: ReadonlySet<UserId>): Promise<boolean> {
    try {
      const conversation = await this.options.directory?.get(conversationId);
      return conversation !== undefined && conversation.participants.every((p) => audience.has(p.userId));
    } catch {
      return false;
    }
  }

  /** After an outage: adds this router's shared speakers again (Redis may have lost them) and retries failed removals. */
  private async republish(hot: HotState): Promise<void> {
    const writes: Promise<boolean>[] = [];
    for (const [conversationId, map] of this.speaking) {
      for (const [messageId, speaker] of map) {
        if (!speaker.shared) continue;
        writes.push(
          this.enqueue(messageId, async () => {
            if (this.speaking.get(conversationId)?.get(messageId) !== speaker) return true;
            await hot.addSpeaker(conversationId, { messageId, userId: speaker.userId, startedAtMs: speaker.startedAtMs });
            return true;
          }),
        );
      }
    }
    for (const [messageId, conversationId] of [...this.staleShared]) {
      writes.push(
        this.enqueue(messageId, async () => {
          if (this.staleShared.get(messageId) !== conversationId) return true;
          await hot.removeSpeaker(conversationId, messageId);
          this.staleShared.delete(messageId);
          return true;
        }),
      );
    }
    const results = await Promise.all(writes);
    if (results.includes(false)) throw new Error('speaker republish incomplete');
  }

  private broadcast(conversationId: ConversationId, participants: readonly UserId[]): void {
    const presence = this.snapshot(conversationId);
    for (const userId of participants) {
      for (const device of this.options.devices.devicesOf(userId)) {
        device.send({ ref: 0, type: 'presence', presence });
      }
    }
  }
}
