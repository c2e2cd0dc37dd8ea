// The open conversation's messages, oldest first: text, and voice with a
// play button (<audio> from the HTTP API for finished messages, "from the
// start" through the WebSocket for live ones), with heard marks: a dot on
// a voice message from someone else not yet played here, "heard by …" on
// your own.

import { el } from './dom.js';

/** Today: the time; another day: its date and time (the year when it is not this one). */
export function timeLabel(ms, now = new Date()) {
  const date = new Date(ms);
  const clock = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === now.toDateString()) return clock;
  const sameYear = date.getFullYear() === now.getFullYear();
  const day = date.toLocaleDateString([], { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
  return `${day} ${clock}`;
}

function time(ms) {
  const date = new Date(ms);
  return el('time', { datetime: date.toISOString() }, timeLabel(ms));
}

/** The voice message's heard mark: unheard dot / heard tick (others'), "heard by" (yours). */
function heardMark(header, view, mine) {
  if (mine) {
    const names = view.heardBy(header.messageId);
    return names.length > 0 ? el('span', { class: 'heard-by' }, `heard by ${names.join(', ')}`) : null;
  }
  return view.heardByMe(header.messageId)
    ? el('span', { class: 'mark heard', title: 'played', 'aria-label': 'played' }, '✓')
    : el('span', { class: 'mark unheard', title: 'not played yet', 'aria-label': 'not played yet' }, '●');
}

/**
 * One message as an <li>.
 * @param {object} header
 * @param {{ myUserId: string, streamMode: (id: string) => string | undefined, audioUrl: (id: string) => string,
 *   onListen: (id: string) => void, onAudio: (audio: HTMLAudioElement, id: string) => void,
 *   streamRate: (id: string) => number, heardBy: (id: string) => string[], heardByMe: (id: string) => boolean }} view
 */
export function messageItem(header, view) {
  const who = header.senderId === view.myUserId ? 'you' : header.senderName;
  const attributes = { 'data-message-id': header.messageId, 'data-state': header.state };
  if (header.contentType === 'TEXT') {
    return el(
      'li',
      attributes,
      el('span', { class: 'who' }, who),
      time(header.startedAtMs),
      el('p', { class: 'text' }, header.text),
    );
  }
  const mode = view.streamMode(header.messageId);
  const live = header.state === 'LIVE';
  const mine = header.senderId === view.myUserId;
  attributes['data-heard'] = mine ? String(view.heardBy(header.messageId).length > 0) : String(view.heardByMe(header.messageId));
  const seconds = (header.durationMs / 1000).toFixed(1);
  const item = el(
    'li',
    attributes,
    el('span', { class: 'who' }, who),
    time(header.startedAtMs),
    el('span', { class: 'meta' }, live ? 'voice' : `voice, ${seconds} s`),
    live ? el('span', { class: 'badge live' }, 'live') : null,
    header.state === 'INTERRUPTED' ? el('span', { class: 'badge' }, 'interrupted') : null,
    mode === 'catch-up'
      ? el('span', { class: 'badge', 'data-stream': 'catch-up' }, `catching up ${view.streamRate(header.messageId)}×`)
      : null,
    mode === 'live' ? el('span', { class: 'badge', 'data-stream': 'live' }, 'playing live') : null,
    heardMark(header, view, mine),
  );
  if (mine && live) return item;
  if (live) {
    item.append(
      el(
        'button',
        {
          type: 'button',
          class: 'play secondary',
          'aria-label': `Play ${who}'s live message from the start`,
          onclick: () => view.onListen(header.messageId),
        },
        'From the start',
      ),
    );
  } else {
    const play = el(
      'button',
      { type: 'button', class: 'play secondary', 'aria-label': `Play ${who}'s voice message` },
      '▶ Play',
    );
    play.addEventListener('click', () => {
      const audio = el('audio', {
        controls: true,
        preload: 'auto',
        src: view.audioUrl(header.messageId),
        'aria-label': `${who}'s voice message`,
      });
      view.onAudio(audio, header.messageId);
      play.replaceWith(audio);
      audio.play().catch(() => {});
    });
    item.append(play);
  }
  return item;
}

/** Renders every message, oldest first, and scrolls to the newest. */
export function renderHistory(list, headers, view) {
  const sorted = [...headers].sort((a, b) => a.startedAtMs - b.startedAtMs);
  list.replaceChildren(...sorted.map((h) => messageItem(h, view)));
  if (sorted.length === 0) list.append(el('li', { class: 'meta' }, 'No messages yet.'));
  list.scrollTop = list.scrollHeight;
}

/** Inserts or replaces one message's item (keeps an <audio> that is playing: only its marks change). */
export function upsertMessage(list, header, view) {
  const existing = list.querySelector(`li[data-message-id="${CSS.escape(header.messageId)}"]`);
  const audio = existing?.querySelector('audio');
  if (audio) {
    existing.querySelectorAll('.mark, .heard-by').forEach((mark) => mark.remove());
    const item = messageItem(header, view);
    existing.dataset.heard = item.dataset.heard;
    const mark = item.querySelector('.mark, .heard-by');
    if (mark) audio.before(mark);
    return;
  }
  const item = messageItem(header, view);
  if (existing) {
    existing.replaceWith(item);
    return;
  }
  list.querySelector('li:not([data-message-id])')?.remove();
  const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 40;
  list.append(item);
  if (atBottom) list.scrollTop = list.scrollHeight;
}
