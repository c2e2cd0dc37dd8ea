// Who speaks now, per conversation: conversationId → Map(messageId → name).

/** The conversation's speakers map, created empty when missing. */
export function speakersIn(all, conversationId) {
  let speakers = all.get(conversationId);
  if (!speakers) {
    speakers = new Map();
    all.set(conversationId, speakers);
  }
  return speakers;
}

/** A `presence` frame replaces the conversation's speakers (names from its participants). */
export function applyPresence(all, presence, conversation, myUserId) {
  const names = new Map((conversation?.participants ?? []).map((p) => [p.userId, p.username]));
  const speakers = speakersIn(all, presence.conversationId);
  speakers.clear();
  for (const s of presence.speakers)
    speakers.set(s.messageId, s.userId === myUserId ? 'you' : (names.get(s.userId) ?? 'someone'));
}
