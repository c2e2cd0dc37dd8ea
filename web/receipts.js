// Heard receipts on the page: `heard {messageId}` goes out once per message
// this page played (its player to the end, or an <audio> to its end); who
// heard which message comes from the history page's `heard` lists and then
// from `receipt` pushes, for the history's marks and "heard by" lines.

export class Receipts {
  /** @param {{ send: (type: string, body: object) => boolean, myUserId: string, debug: object }} options */
  constructor(options) {
    this.options = options;
    /** Messages this page said `heard` for (sent once each). */
    this.sent = new Set();
    /** messageId → Map(userId → username) of those who heard it. */
    this.heardBy = new Map();
  }

  /** A header from a history page: its `heard` list, when it carries one. */
  learn(header) {
    if (!Array.isArray(header.heard)) return;
    const names = this.namesOf(header.messageId);
    for (const h of header.heard) names.set(h.userId, h.username);
  }

  /** This page played a message to its end: says `heard` (another's message, once). */
  played(messageId, senderId) {
    const me = this.options.myUserId;
    if (!senderId || senderId === me || this.sent.has(messageId)) return false;
    if (!this.options.send('heard', { messageId })) return false;
    this.sent.add(messageId);
    this.namesOf(messageId).set(me, 'you');
    this.options.debug.heardSent.push(messageId);
    return true;
  }

  /** A `receipt` push; true when it changes what the history shows. */
  receipt(body) {
    if (body.kind !== 'HEARD') return false;
    this.namesOf(body.messageId).set(body.userId, body.username);
    return true;
  }

  heardByMe(messageId) {
    return this.heardBy.get(messageId)?.has(this.options.myUserId) ?? false;
  }

  /** Who heard it, oldest first, without me. */
  names(messageId) {
    const names = this.heardBy.get(messageId) ?? new Map();
    return [...names].filter(([id]) => id !== this.options.myUserId).map(([, name]) => name);
  }

  namesOf(messageId) {
    let names = this.heardBy.get(messageId);
    if (!names) {
      names = new Map();
      this.heardBy.set(messageId, names);
    }
    return names;
  }
}
