// What the app keeps in localStorage: the session, this browser's device id,
// and per user the timeline cursor, monitored conversations and the
// monitor choices made with the toggle (a conversation opened with no
// choice is monitored). Unread counts
// are the router's (GET /v1/conversations), not kept here.

const PREFIX = 'voxring.';

function read(key, fallback) {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

function write(key, value) {
  try {
    if (value === undefined) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app still works for this page's life.
  }
}

export const storage = {
  session: () => read('session', null),
  setSession: (session) => write('session', session ?? undefined),
  deviceId() {
    let id = read('deviceId', null);
    if (typeof id !== 'string') {
      id = `web-${crypto.randomUUID().slice(0, 8)}`;
      write('deviceId', id);
    }
    return id;
  },
  cursor: (userId) => read(`cursor.${userId}`, null),
  setCursor: (userId, cursor) => write(`cursor.${userId}`, cursor),
  monitored: (userId) => read(`monitored.${userId}`, []),
  setMonitored: (userId, ids) => write(`monitored.${userId}`, ids),
  /** true / false as the user set the toggle in that conversation; undefined if never. */
  monitorChoice: (userId, conversationId) => read(`monitorChoices.${userId}`, {})[conversationId],
  setMonitorChoice(userId, conversationId, on) {
    write(`monitorChoices.${userId}`, { ...read(`monitorChoices.${userId}`, {}), [conversationId]: on });
  },
};
