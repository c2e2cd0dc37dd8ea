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

// Who hears live messages live now: messageId → {conversationId, names}.

/** A `listening` frame replaces the listeners of its message (an empty list: nobody, forgotten). */
export function applyListening(all, listening, myUserId) {
  if (listening.listeners.length === 0) {
    all.delete(listening.messageId);
    return;
  }
  const names = listening.listeners.map((p) => (p.userId === myUserId ? 'you' : p.username));
  all.set(listening.messageId, { conversationId: listening.conversationId, names });
}

/** Everyone listening to some live message of a conversation, each once. */
function listenersIn(all, conversationId) {
  const names = new Set();
  for (const entry of all.values()) if (entry.conversationId === conversationId) for (const n of entry.names) names.add(n);
  return [...names];
}

/** The line above a conversation's history: who speaks now and who listens (`● alice speaking now · listening: bob`). */
export function speakingNowText(speakers, listening, conversationId) {
  const names = [...(speakers.get(conversationId)?.values() ?? [])];
  const listeners = listenersIn(listening, conversationId);
  const speaking = names.length > 0 ? `● ${names.join(', ')} speaking now` : '';
  const hearing = listeners.length > 0 ? `listening: ${listeners.join(', ')}` : '';
  return [speaking, hearing].filter(Boolean).join(' · ');
}
