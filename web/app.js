// voxring in the browser: sign in, conversations, history, text, hold-to-talk,
// live playback of monitored conversations. Wires the modules; no framework.

import { conversationTitle, renderConversationList } from './conversation-list.js';
import { bindCreateForm } from './create-form.js';
import { createDebug } from './debug.js';
import { renderHistory, upsertMessage } from './history-view.js';
import { LiveSession } from './live-session.js';
import { startPlayMeter } from './play-meter.js';
import { Receipts } from './receipts.js';
import { bindSignIn, showSignIn } from './sign-in.js';
import { applyListening, applyPresence, speakersIn, speakingNowText } from './speakers.js';
import { storage } from './storage.js';
import { createTalkButton } from './talk-button.js';
import { bindTextForm } from './text-form.js';
import { TALK_UNSUPPORTED, Talker } from './talker.js';
import { VoicePlayer } from './voice-player.js';
import { VoxringHttp } from './sdk/voxring-client.js';

const $ = (id) => document.getElementById(id);
const debug = createDebug();

const STATE_LABELS = { offline: 'offline', connecting: 'connecting…', online: 'online', reconnecting: 'reconnecting' };

/** Everything the page knows; one instance per signed-in session. */
const app = {
  session: null,
  api: new VoxringHttp(location.origin),
  connection: null,
  talker: null,
  player: null,
  receipts: null,
  conversations: new Map(),
  /** conversationId → unread count: the router's (GET /v1/conversations), plus one per live message from others. */
  unread: {},
  monitored: new Set(),
  /** conversationId → Map(messageId → speaker name): presence when monitored, timeline otherwise. */
  speakers: new Map(),
  /** messageId → {conversationId, names}: who hears each live message live (listening frames). */
  listening: new Map(),
  openId: null,
  history: new Map(),
  /** Messages whose next `header` answers a "from the start" listen → its rate. */
  catchUp: new Map(),
  cursor: 0,
  syncing: false,
  queuedTimeline: [],
  talkSupported: false,
};

// ---- sign in / out ----

function showLogin(message = '') {
  showSignIn(message);
  setConnectionState('offline');
}

bindSignIn({
  enter: enterApp,
  leave: async () => {
    const api = app.api;
    await leaveApp();
    await api.logout().catch(() => {});
    showLogin();
  },
});

async function enterApp(session) {
  app.session = session;
  app.api = new VoxringHttp(location.origin, session.token);
  app.unread = {};
  app.monitored = new Set(storage.monitored(session.userId));
  app.cursor = storage.cursor(session.userId) ?? 0;
  $('login-view').hidden = true;
  $('app-view').hidden = false;
  $('logout').hidden = false;
  $('me').textContent = session.username;
  try {
    await refreshConversations();
  } catch (err) {
    if (err.status === 401) return expired();
    $('create-error').textContent = err.message;
  }
  app.receipts = new Receipts({ send: (type, body) => app.connection?.send(type, body) ?? false, myUserId: session.userId, debug });
  app.player = new VoicePlayer({ debug, onStreamChange: (id) => refreshMessage(id), onPlayed: markPlayed });
  // Before connecting: a monitored message may begin as soon as we are online.
  await app.player.prepare();
  app.connection = new LiveSession({
    token: session.token,
    deviceId: storage.deviceId(),
    onFrame: (frame) => onFrame(frame.type, frame[frame.type], frame.ref),
    onConnected,
    // Streams of the previous connection are gone; the router restarts monitored ones (and says who listens).
    onReconnect: () => (app.player.stopAll(), app.listening.clear()),
    onState: setConnectionState,
    onRefused: expired,
  });
  app.talker = new Talker({
    session: () => app.connection?.session ?? null,
    debug,
    onLevel: (peak) => talkButton.showLevel(peak),
    onStatus: (text) => ($('talk-status').textContent = text),
  });
  debug.dropConnection = () => app.connection?.drop();
  void app.connection.start();
  app.talkSupported = await app.talker.prepare();
  $('talk').disabled = !app.talkSupported;
  if (!app.talkSupported) $('talk-status').textContent = TALK_UNSUPPORTED;
}

async function leaveApp() {
  app.connection?.stop();
  await app.talker?.close();
  app.player?.stopAll();
  storage.setSession(null);
  Object.assign(app, { session: null, connection: null, talker: null, player: null, openId: null });
  for (const known of [app.conversations, app.speakers, app.listening]) known.clear();
  closeConversation();
}

async function expired() {
  await leaveApp();
  showLogin('Your session expired: please log in again.');
}

// ---- connection ----

function setConnectionState(state, detail = '') {
  debug.connectionState = state;
  const badge = $('conn-state');
  badge.dataset.state = state;
  badge.textContent = detail ? `${STATE_LABELS[state]} (${detail})` : STATE_LABELS[state];
}

/** Connected, or connected again once the SDK resumed what was being sent and monitored again. */
function onConnected(welcome, fresh) {
  debug.connects++;
  if (debug.connects > 1) debug.reconnects++;
  if (storage.cursor(welcome.userId) === null && app.cursor === 0)
    app.cursor = welcome.timelineHead;
  if (fresh) sendMonitor();
  void syncTimeline();
}

function onFrame(type, body, ref) {
  switch (type) {
    case 'header': {
      const rate = app.catchUp.get(body.messageId);
      app.catchUp.delete(body.messageId);
      app.player.begin(body, { catchUp: rate !== undefined, rate });
      if (body.conversationId === app.openId) upsertHistory(body);
      break;
    }
    case 'chunk':
      app.player.chunk(body, body.payload);
      break;
    case 'messageEnd':
      app.player.end(body.messageId);
      break;
    case 'ack':
      debug.acksReceived++;
      break;
    case 'presence':
      setPresence(body);
      break;
    case 'receipt':
      if (app.receipts.receipt(body)) refreshMessage(body.messageId);
      break;
    case 'listening':
      applyListening(app.listening, body, app.session?.userId);
      renderSpeakingNow();
      break;
    case 'timeline':
      if (ref !== 0) break; // answers to timelineRequest are applied by syncTimeline
      if (app.syncing) app.queuedTimeline.push(body);
      else applyTimeline(body, { live: true });
      break;
    case 'error':
      // The SDK gives every frame a ref: errors naming a message (a refused chunk…) are shown too.
      if (ref === 0 || (body.messageId && !body.retryable)) {
        debug.lastError = body.code;
        $('talk-status').textContent = `${body.code}: ${body.message}`;
      }
      break;
  }
}

/**
 * After each (re)connect: every event since the cursor, in pages, then the
 * router's unread counts (which include what the pages replayed); pushes
 * wait meanwhile and count as live once applied.
 */
async function syncTimeline() {
  // This connection's: a lost one ends the sync, and the next connection's sync starts from the same cursor.
  const connection = app.connection?.connection;
  if (!connection) return;
  app.syncing = true;
  try {
    for (;;) {
      debug.timelineRequests++;
      const before = app.cursor;
      const { timeline: body } = await connection.request({
        type: 'timelineRequest',
        timelineRequest: { sinceCursor: app.cursor, limit: 0 },
      });
      applyTimeline(body, { live: false });
      if (!body.more || app.cursor <= before) break;
    }
    await refreshConversations();
  } catch {
    // Disconnected (or the list failed): the next welcome syncs again from the same cursor.
  } finally {
    app.syncing = false;
    for (const timeline of app.queuedTimeline.splice(0)) applyTimeline(timeline, { live: true });
  }
}

/** `live`: pushed as it happened (replayed pages are already in the router's unread counts). */
function applyTimeline(timeline, { live }) {
  for (const event of timeline.events) {
    if (event.cursor <= app.cursor) continue;
    app.cursor = event.cursor;
    applyEvent(event, live);
  }
  app.cursor = Math.max(app.cursor, timeline.cursor);
  if (!app.session) return;
  storage.setCursor(app.session.userId, app.cursor);
  renderList();
}

function applyEvent(event, live) {
  const header = event.header;
  switch (event.type) {
    case 'MESSAGE_NEW': {
      const id = header.conversationId;
      if (!app.conversations.has(id)) void refreshConversations().catch(() => {});
      if (live && header.senderId !== app.session.userId) {
        // Seen at once in the open conversation: the router's count stays 0 too.
        if (id === app.openId) markRead(id);
        else app.unread[id] = (app.unread[id] ?? 0) + 1;
      }
      if (header.contentType === 'VOICE' && header.state === 'LIVE' && !app.monitored.has(id))
        speakersOf(id).set(header.messageId, header.senderName);
      if (id === app.openId) upsertHistory(header);
      break;
    }
    case 'MESSAGE_ENDED':
      speakersOf(header.conversationId).delete(header.messageId);
      if (header.conversationId === app.openId) upsertHistory(header);
      break;
    case 'CONVERSATION_CHANGED':
      app.conversations.set(event.conversation.conversationId, event.conversation);
      break;
    case 'CONVERSATION_LEFT': {
      const id = event.conversation.conversationId;
      app.conversations.delete(id);
      delete app.unread[id];
      if (app.monitored.delete(id)) saveMonitored();
      if (app.openId === id) closeConversation();
      break;
    }
  }
}

const speakersOf = (conversationId) => speakersIn(app.speakers, conversationId);

function setPresence(presence) {
  applyPresence(app.speakers, presence, app.conversations.get(presence.conversationId), app.session?.userId);
  renderList();
}

/** The SDK sends the set again on every new connection. */
function sendMonitor() {
  const ids = [...app.monitored].filter((id) => app.conversations.has(id));
  const session = app.connection?.session;
  if (!session) return;
  session.monitor(ids).then(
    () => (debug.monitoredCount = ids.length),
    (err) => {
      if (!session.isClosed) $('talk-status').textContent = `monitor failed: ${err.message}`;
    },
  );
}

function saveMonitored() {
  storage.setMonitored(app.session.userId, [...app.monitored]);
}

// ---- conversation list ----

async function refreshConversations() {
  const list = await app.api.listConversations();
  app.conversations = new Map(list.map((c) => [c.conversationId, c]));
  for (const c of list) {
    const id = c.conversationId;
    // Absent when the router cannot say (its hot state is down): keep what we counted.
    if (typeof c.unread === 'number') app.unread[id] = id === app.openId ? 0 : c.unread;
    // Who speaks where we do not monitor (monitored ones follow presence frames).
    if (Array.isArray(c.speakers) && !app.monitored.has(id)) {
      const speakers = speakersOf(id);
      speakers.clear();
      for (const s of c.speakers)
        speakers.set(
          s.messageId,
          s.userId === app.session?.userId ? 'you' : (s.username ?? 'someone'),
        );
    }
  }
  renderList();
}

/** Tells the router the conversation is read; a failure only leaves its count for later. */
function markRead(id) {
  app.api.markRead(id).catch(() => {});
}

function renderList() {
  if (!app.session) return;
  renderConversationList($('conversation-list'), {
    conversations: [...app.conversations.values()],
    myUserId: app.session.userId,
    openId: app.openId,
    unread: app.unread,
    monitored: app.monitored,
    speakers: (id) => [...(app.speakers.get(id)?.values() ?? [])],
    onOpen: (id) => void openConversation(id),
  });
  renderSpeakingNow();
}

bindCreateForm({
  form: $('create-form'),
  error: $('create-error'),
  create: async (usernames, name) => {
    const conversation = await app.api.createConversation(usernames, name);
    app.conversations.set(conversation.conversationId, conversation);
    renderList();
    void openConversation(conversation.conversationId);
  },
});

// ---- open conversation ----

function historyView() {
  return {
    myUserId: app.session.userId,
    streamMode: (id) => app.player?.mode(id),
    streamRate: (id) => app.player?.rate(id) ?? 1,
    heardBy: (id) => app.receipts.names(id),
    heardByMe: (id) => app.receipts.heardByMe(id),
    audioUrl,
    onListen: listenFromStart,
    onAudio: (audio, id) => {
      debug.historyPlaysStarted++;
      audio.defaultPlaybackRate = audio.playbackRate = playRate() || 1;
      audio.addEventListener('ended', () => {
        debug.historyPlaysEnded++;
        markPlayed(id, app.history.get(id)?.senderId);
      });
    },
  };
}

async function openConversation(id) {
  const conversation = app.conversations.get(id);
  if (!conversation) return;
  app.player?.unlock();
  app.openId = id;
  app.unread[id] = 0;
  markRead(id);
  $('conversation-pane').hidden = false;
  $('placeholder').hidden = true;
  $('app-view').classList.add('conversation-open');
  $('conv-title').textContent = conversationTitle(conversation, app.session.userId);
  // Monitoring is on for a conversation the user never turned it off in.
  if (!app.monitored.has(id) && storage.monitorChoice(app.session.userId, id) !== false) {
    app.monitored.add(id);
    saveMonitored();
    sendMonitor();
  }
  $('monitor-toggle').checked = app.monitored.has(id);
  $('talk-status').textContent = app.talkSupported ? '' : TALK_UNSUPPORTED;
  renderList();
  app.history = new Map();
  const list = $('history');
  list.setAttribute('aria-busy', 'true');
  try {
    const messages = await app.api.listMessages(id);
    if (app.openId !== id) return;
    for (const m of messages) {
      app.history.set(m.messageId, m);
      app.receipts.learn(m);
    }
    renderHistory(list, app.history.values(), historyView());
  } catch (err) {
    list.textContent = `Could not load messages: ${err.message}`;
  } finally {
    list.removeAttribute('aria-busy');
  }
}

function closeConversation() {
  void app.talker?.release();
  app.openId = null;
  $('conversation-pane').hidden = true;
  $('placeholder').hidden = false;
  $('app-view').classList.remove('conversation-open');
  $('history').replaceChildren();
  renderList();
}

$('back').addEventListener('click', closeConversation);

function upsertHistory(header) {
  const known = app.history.get(header.messageId);
  // A stale header (e.g. the live one of a listen after the end) never replaces a newer state.
  if (known && known.state !== 'LIVE' && header.state === 'LIVE') return;
  app.history.set(header.messageId, header);
  upsertMessage($('history'), header, historyView());
}

function refreshMessage(messageId) {
  const header = app.history.get(messageId);
  if (header) upsertMessage($('history'), header, historyView());
}

function renderSpeakingNow() {
  $('speaking-now').textContent = app.openId ? speakingNowText(app.speakers, app.listening, app.openId) : '';
}

/** URL an <audio> element can play (the token rides in the query). */
const audioUrl = (id) => `/v1/messages/${encodeURIComponent(id)}/audio?access_token=${encodeURIComponent(app.api.token)}`;

/** The chosen history speed: 1, 1.5 or 2 (the router paces a listen's backlog at it). */
function playRate() {
  return Number($('rate').value);
}

/** Played to its end here: `heard` once, and its mark changes. */
function markPlayed(messageId, senderId) {
  if (app.receipts?.played(messageId, senderId)) refreshMessage(messageId);
}

function listenFromStart(messageId) {
  app.player.unlock();
  const rate = playRate();
  app.catchUp.set(messageId, rate);
  const session = app.connection?.session;
  if (!session) return;
  session.listen(messageId, { fromSeq: 0, rate }).catch((err) => {
    app.catchUp.delete(messageId);
    $('talk-status').textContent = `cannot play: ${err.message}`;
  });
}

$('monitor-toggle').addEventListener('change', (event) => {
  const id = app.openId;
  if (!id) return;
  app.player.unlock();
  if (event.currentTarget.checked) app.monitored.add(id);
  else app.monitored.delete(id);
  storage.setMonitorChoice(app.session.userId, id, event.currentTarget.checked);
  // Timeline-derived speakers of a newly monitored conversation give way to presence.
  app.speakers.delete(id);
  saveMonitored();
  sendMonitor();
  renderList();
});

bindTextForm({
  form: $('text-form'),
  input: $('text-input'),
  send: (text) => app.connection.request('sendText', { messageId: `t-${crypto.randomUUID()}`, conversationId: app.openId, text }),
  onError: (err) => ($('talk-status').textContent = `not sent: ${err.message}`),
});

// ---- hold to talk ----

const talkButton = createTalkButton({
  button: $('talk'),
  meter: $('level'),
  onLevel: (level) => (debug.maxLevel = Math.max(debug.maxLevel, level)),
  enabled: () => !$('conversation-pane').hidden,
  press: () => {
    if (!app.openId || !app.talkSupported || !app.talker) return;
    app.player.unlock();
    void app.talker.press(app.openId);
  },
  release: () => void app.talker?.release(),
  talking: () => app.talker?.talking ?? false,
});

// ---- start ----

startPlayMeter({ meter: $('play-level'), player: () => app.player, debug });

const saved = storage.session();
if (saved && saved.expiresAtMs > Date.now()) void enterApp(saved);
else showLogin();
