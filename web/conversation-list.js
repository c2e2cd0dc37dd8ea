// The conversation list: name, unread count, who is speaking now.

import { el } from './dom.js';

/** The name shown for a conversation: its name, else the other participants. */
export function conversationTitle(conversation, myUserId) {
  if (conversation.name) return conversation.name;
  const others = conversation.participants
    .filter((p) => p.userId !== myUserId)
    .map((p) => p.username);
  return others.join(', ') || 'just you';
}

/**
 * @param {HTMLElement} list
 * @param {{ conversations: object[], myUserId: string, openId: string | null, unread: Record<string, number>,
 *   speakers: (id: string) => string[], monitored: Set<string>, onOpen: (id: string) => void }} view
 */
export function renderConversationList(list, view) {
  const items = [...view.conversations]
    .sort((a, b) =>
      conversationTitle(a, view.myUserId).localeCompare(conversationTitle(b, view.myUserId)),
    )
    .map((conversation) => {
      const id = conversation.conversationId;
      const title = conversationTitle(conversation, view.myUserId);
      const unread = view.unread[id] ?? 0;
      const speaking = view.speakers(id);
      const sub =
        speaking.length > 0
          ? el('span', { class: 'conv-sub speaking-now' }, `● ${speaking.join(', ')} speaking`)
          : el(
              'span',
              { class: 'conv-sub' },
              view.monitored.has(id) ? 'monitored' : `${conversation.participants.length} people`,
            );
      const label = [
        title,
        unread > 0 ? `${unread} unread` : '',
        speaking.length > 0 ? `${speaking.join(', ')} speaking` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return el(
        'li',
        { 'data-conversation-id': id },
        el(
          'button',
          {
            type: 'button',
            'aria-label': label,
            'aria-current': view.openId === id ? 'true' : false,
            onclick: () => view.onOpen(id),
          },
          el('span', { class: 'conv-name' }, title),
          unread > 0 ? el('span', { class: 'unread', 'data-unread': unread }, unread) : null,
          sub,
        ),
      );
    });
  list.replaceChildren(...items);
  if (items.length === 0)
    list.append(el('li', { class: 'conv-sub empty' }, 'No conversations yet: create one above.'));
}
