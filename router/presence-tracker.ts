/** Who is speaking now in each conversation, and telling participants when it changes. */
import type { ConversationId, MessageId, UserId } from '../common/ids.js';
import type { Presence, Speaker } from '../proto/frames.js';
import type { SessionRegistry } from './session-registry.js';

export class PresenceTracker {
  private readonly speaking = new Map<ConversationId, Map<MessageId, UserId>>();

  constructor(private readonly sessions: SessionRegistry) {}

  snapshot(conversationId: ConversationId): Presence {
    const speakers: Speaker[] = [];
    for (const [messageId, userId] of this.speaking.get(conversationId) ?? []) speakers.push({ userId, messageId });
    return { conversationId, speakers };
  }

  isSpeaking(conversationId: ConversationId): boolean {
    return (this.speaking.get(conversationId)?.size ?? 0) > 0;
  }

  start(conversationId: ConversationId, messageId: MessageId, userId: UserId, participants: readonly UserId[]): void {
    let map = this.speaking.get(conversationId);
    if (!map) this.speaking.set(conversationId, (map = new Map<MessageId, UserId>()));
    map.set(messageId, userId);
    this.broadcast(conversationId, participants);
  }

  stop(conversationId: ConversationId, messageId: MessageId, participants: readonly UserId[]): void {
    const map = this.speaking.get(conversationId);
    if (!map?.delete(messageId)) return;
    if (map.size === 0) this.speaking.delete(conversationId);
    this.broadcast(conversationId, participants);
  }

  private broadcast(conversationId: ConversationId, participants: readonly UserId[]): void {
    const presence = this.snapshot(conversationId);
    for (const userId of participants) {
      for (const device of this.sessions.devicesOf(userId)) {
        device.send({ ref: 0, type: 'presence', presence });
      }
    }
  }
}
