/**
 * The web page in a real browser (Debian's chromium via playwright-core).
 * Alice and Bob each have their own browser context; Carol is a native SDK
 * client. Alice signs up and creates the conversation in the page, sends a
 * text (Bob's list shows it unread), then holds talk with the fake speech
 * microphone: Bob, monitoring, hears it live (Alice's page shows him
 * listening; frames received and decoded
 * by WebCodecs, his playback meter moving, an unheard dot on it), then
 * plays it "from the start" at the 2× he chose (the `listen` carries rate 2)
 * and catches up into live; played to its end, his page sends `heard`:
 * Alice's page shows "heard by Bob" and her GET /v1/messages/:id lists him.
 * Carol receives every packet and each is valid Opus; Bob plays the
 * stored message from history. Bob's connection drops and the page
 * reconnects by itself and catches up on the timeline.
 *
 * Without WebCodecs (deleted before the page loads) the page encodes and
 * decodes with opusscript's WASM build instead: a native client gets valid
 * 20 ms packets, the stored .ogg is speech, another such page plays it live.
 * Without WebAssembly either, it says what talking needs.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { isPlausibleOpusPacket, opusPacketSamples } from '../../common/opus-packet.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import {
  connectDevice,
  PASSWORD,
  signupUser,
  startTestRouter,
  tempDir,
} from '../helpers/router-fixture.js';
import {
  chromiumMissing,
  debugOf,
  launchBrowser,
  openPage,
  REPO_ROOT,
  screenshot,
  signIn,
  speechWav,
} from './web-browser.js';
import { storedSession, uniqueUser, until, wavRms } from './page-waits.js';

const run = promisify(execFile);

void t.test('walkie-talkie web page in chromium', async (t) => {
  const missing = chromiumMissing();
  if (missing) {
    t.fail(missing);
    return;
  }
  const router = await startTestRouter(t, { transport: 'uws' });
  const wav = await speechWav(t);
  const browser = await launchBrowser(t, wav);
  const aliceName = uniqueUser('alice');
  const bobName = uniqueUser('bob');
  const carol = await signupUser(router.url, 'carol');

  const { page: alice, errors: aliceErrors } = await openPage(browser, router.url);
  const { page: bob, errors: bobErrors } = await openPage(browser, router.url);
  const bobFrames: string[] = [];
  bob.on('websocket', (ws) => ws.on('framesent', (frame) => bobFrames.push(String(frame.payload))));
  t.ok(
    await alice.getByRole('heading', { name: 'Sign in' }).isVisible(),
    'the page asks to sign in',
  );
  const card = await alice.locator('#login-view').boundingBox();
  const viewport = alice.viewportSize();
  t.ok(card && viewport && card.height < viewport.height * 0.6 && card.width <= 360, 'the sign-in card is compact, not the whole page');
  await signIn(alice, aliceName, PASSWORD, 'signup');
  await signIn(bob, bobName, PASSWORD, 'signup');
  t.equal(await alice.locator('#me').textContent(), aliceName, 'signed up and connected');

  // Log out and in again: the token is stored and replaced.
  await bob.getByRole('button', { name: 'Log out' }).click();
  await bob.getByRole('heading', { name: 'Sign in' }).waitFor();
  t.equal(await bob.evaluate(storedSession), null, 'logging out forgets the token');
  await signIn(bob, bobName, PASSWORD, 'login');
  t.match(await bob.evaluate(storedSession), /"token":"[^"]+"/, 'the token is in localStorage');
  await bob.reload();
  await bob.waitForFunction(
    () =>
      (globalThis as unknown as { voxringDebug?: { connectionState: string } }).voxringDebug
        ?.connectionState === 'online',
  );
  t.equal(await bob.locator('#me').textContent(), bobName, 'a reload keeps the session');

  // Alice creates the conversation in the page; Bob's list gets it by a timeline push.
  await alice.getByLabel('Talk with').fill(`${bobName}, ${carol.name}`);
  await alice.getByLabel('Group name').fill('walkie');
  await alice.getByRole('button', { name: 'Create' }).click();
  await alice.getByRole('heading', { name: 'walkie' }).waitFor();
  const bobItem = bob.locator('#conversation-list li', { hasText: 'walkie' });
  await bobItem.waitFor();
  const conversationId = await bobItem.getAttribute('data-conversation-id');
  t.ok(conversationId, 'the new conversation appears in the other browser');

  // Carol, on the native SDK, monitors it and collects every packet.
  const carolDevice = await connectDevice(t, router.url, carol, 'carol-native');
  const carolHeard = new MessageCollector(carolDevice);
  t.teardown(() => carolHeard.stop());
  await carolDevice.request({
    type: 'monitor',
    monitor: { conversationIds: [conversationId ?? ''] },
  });

  // A text from Alice is unread in Bob's list until he opens the conversation.
  await alice.getByLabel('Message', { exact: true }).fill('hello from the browser');
  await alice.getByRole('button', { name: 'Send' }).click();
  await alice.locator('#history li', { hasText: 'hello from the browser' }).waitFor();
  await bobItem.locator('.unread[data-unread="1"]').waitFor();
  t.pass("the text counts as unread in Bob's list");
  await bobItem.getByRole('button').click();
  await bob.locator('#history li', { hasText: 'hello from the browser' }).waitFor();
  t.equal(
    await bobItem.locator('.unread').count(),
    0,
    'opening the conversation clears the unread count',
  );
  t.ok(await bob.getByLabel('Monitor (play live)').isChecked(), 'monitoring is on by default in an opened conversation');
  await until(bob, { field: 'monitoredCount', gte: 1 });
  const labels = await bob.evaluate(async () => {
    const path = './history-view.js';
    const view = (await import(path)) as { timeLabel: (ms: number) => string };
    return { today: view.timeLabel(Date.now()), older: view.timeLabel(Date.now() - 3 * 86_400_000) };
  });
  t.ok(labels.older.length > labels.today.length && labels.older.endsWith(labels.today.slice(-2)), `older times have a date (${labels.older}), today's only the time (${labels.today})`);

  // Alice holds talk; Bob hears it live.
  const talk = alice.locator('#talk');
  t.equal((await talk.textContent())?.trim(), 'Hold to talk');
  const inputBefore = await alice.locator('#text-input').boundingBox();
  const talkBefore = await talk.boundingBox();
  await talk.hover();
  await alice.mouse.down();
  await until(bob, { field: 'framesDecoded', gte: 50 });
  const live = await debugOf(bob);
  const messageId = Object.keys(live.streams)[0] ?? '';
  t.ok(messageId, 'Bob has a stream of the live message');
  t.ok((live.streams[messageId]?.decoded ?? 0) >= 50, 'Bob decoded 1 s of it live');
  t.equal(live.decodeErrors, 0, 'no decode errors');
  await bob.locator(`#history li[data-message-id="${messageId}"] .badge.live`).waitFor();
  await bob.locator('#speaking-now', { hasText: `${aliceName} speaking` }).waitFor();
  t.pass('the message shows "live" and who is speaking');
  await alice.locator('#speaking-now', { hasText: `listening: ${bobName}` }).waitFor();
  t.pass('Alice sees Bob listening live (listening frame)');
  await bob.locator(`#history li[data-message-id="${messageId}"][data-heard="false"] .mark.unheard`).waitFor();
  t.pass('not yet played to its end: the unheard dot');
  await until(bob, { field: 'maxPlayLevel', gte: 0.02 });
  t.pass("Bob's playback level meter moved while the voice played");
  t.ok((await debugOf(alice)).maxLevel > 0.05, 'the level meter moved with the voice');
  t.match(await talk.textContent(), /Talking \d:\d\d/, 'while talking the button shows the elapsed time');
  t.same(await alice.locator('#text-input').boundingBox(), inputBefore, 'the input does not move while talking');
  t.same(await talk.boundingBox(), talkBefore, 'nor does the button change size');
  await updateDocsScreenshot(await screenshot(alice, 'alice-talking'), 'web-page-talking.png');

  // Bob plays it from the start at 2×: the router paces the backlog, then live.
  await bob.getByLabel('Playback speed').selectOption('2');
  await bob
    .locator(`#history li[data-message-id="${messageId}"]`)
    .getByRole('button', { name: /from the start/ })
    .click();
  await until(bob, { field: 'catchUpsStarted', gte: 1 });
  const catchingUpShot = await screenshot(bob, 'bob-catching-up');
  await until(bob, { field: 'caughtUp', gte: 1 }, 20_000);
  const caught = await debugOf(bob);
  t.equal(caught.streams[messageId]?.maxRate, 2, 'the backlog played at the chosen 2×');
  const listens = bobFrames.map((f) => JSON.parse(f) as { listen?: { messageId: string; rate?: number } });
  t.ok(listens.some((f) => f.listen?.messageId === messageId && f.listen.rate === 2), 'the listen frame carried rate 2');
  t.equal(caught.streams[messageId]?.mode, 'live', 'then continued live');

  // Bob can reach the live edge (2×) before Alice has talked 2 s: she holds on until she has.
  await until(alice, { field: 'chunksSent', gte: 100 });
  await alice.mouse.up();
  await until(alice, { field: 'messagesSent', gte: 1 });
  const sent = (await debugOf(alice)).sent[0];
  t.equal(sent?.messageId, messageId, 'the message Bob heard is the one Alice sent');
  const chunkCount = sent?.chunkCount ?? 0;
  t.ok(chunkCount >= 100, `Alice sent ${chunkCount} packets (≥ 2 s)`);

  // Carol (native) got every packet, each a valid 20 ms Opus packet.
  await carolHeard.ended(messageId);
  const carolGot = carolHeard.get(messageId);
  const packets = carolHeard.payloads(messageId);
  t.equal(carolGot?.endState, 'COMPLETE');
  t.equal(packets.length, chunkCount, 'the native client received every packet');
  t.equal(carolGot?.duplicates, 0);
  t.equal(carolGot?.outOfOrder, 0);
  t.ok(
    packets.every((p) => isPlausibleOpusPacket(p)),
    'every packet is valid Opus',
  );
  t.ok(
    packets.every((p) => opusPacketSamples(p) === 960),
    'every packet lasts 20 ms',
  );
  t.equal(carolGot?.header?.opus?.sampleRate, 48000);

  // Bob's catch-up stream received and decoded the whole message.
  await until(bob, { stream: messageId, field: 'mode', eq: 'ended' });
  const heard = (await debugOf(bob)).streams[messageId];
  t.equal(heard?.received, chunkCount, 'Bob received every packet from the start');
  t.equal(heard?.decoded, chunkCount, 'and decoded every one');

  // Played to its end: Bob's page said heard; Alice sees "heard by Bob", and so does the API.
  t.same((await debugOf(bob)).heardSent, [messageId], 'heard sent once, after playing');
  await bob.locator(`#history li[data-message-id="${messageId}"][data-heard="true"] .mark.heard`).waitFor();
  const aliceItem = alice.locator(`#history li[data-message-id="${messageId}"]`);
  await aliceItem.locator('.heard-by', { hasText: `heard by ${bobName}` }).waitFor();
  t.pass('the "heard by" line shows for the sender, pushed live');
  const aliceToken = (JSON.parse((await alice.evaluate(storedSession)) ?? '{}') as { token: string }).token;
  const res = await fetch(`${router.url}/v1/messages/${encodeURIComponent(messageId)}`, {
    headers: { authorization: `Bearer ${aliceToken}` },
  });
  const got = (await res.json()) as { heard?: { username: string }[] };
  t.same(got.heard?.map((h) => h.username), [bobName], "the sender's GET /v1/messages/:id lists Bob in heard");

  // The stored message decodes with opusdec to audible speech.
  const dir = await tempDir(t, 'voxring-web-audio-');
  const audio = await carol.http.audio(messageId);
  t.equal(readOggOpus(audio.body).packets.length, chunkCount, 'the stored .ogg holds every packet');
  await writeFile(path.join(dir, 'message.ogg'), audio.body);
  await run('opusdec', ['--quiet', path.join(dir, 'message.ogg'), path.join(dir, 'message.wav')]);
  const rms = wavRms(await readFile(path.join(dir, 'message.wav')));
  t.ok(rms > 0.01, `the recorded speech is not silence (rms ${rms.toFixed(3)})`);

  // History: the finished message plays in an <audio> element to its end.
  const item = bob.locator(`#history li[data-message-id="${messageId}"]`);
  await bob.locator(`#history li[data-message-id="${messageId}"][data-state="COMPLETE"]`).waitFor();
  await item.getByRole('button', { name: /Play .* voice message/ }).click();
  await until(bob, { field: 'historyPlaysEnded', gte: 1 });
  t.pass('the stored message played to its end');

  // The space bar talks too (focus outside text fields and other buttons).
  await alice.getByRole('heading', { name: 'walkie' }).click();
  const sentBefore = (await debugOf(alice)).chunksSent;
  await alice.keyboard.down('Space');
  await until(alice, { field: 'chunksSent', gte: sentBefore + 25 });
  await alice.keyboard.up('Space');
  await until(alice, { field: 'messagesSent', gte: 2 });
  const second = (await debugOf(alice)).sent[1];
  t.equal(second?.state, 'COMPLETE', 'holding the space bar sent a second message');
  await carolHeard.ended(second?.messageId ?? '');
  t.ok(
    carolHeard.payloads(second?.messageId ?? '').every((p) => isPlausibleOpusPacket(p)),
    'its packets are valid Opus too',
  );

  // Alice's connection drops while she talks: the page reconnects and resumes the message.
  const beforeDrop = await debugOf(alice);
  await alice.keyboard.down('Space');
  await until(alice, { field: 'chunksSent', gte: beforeDrop.chunksSent + 25 });
  await alice.evaluate(() =>
    (
      globalThis as unknown as { voxringDebug: { dropConnection(): void } }
    ).voxringDebug.dropConnection(),
  );
  await until(alice, { field: 'reconnects', gte: beforeDrop.reconnects + 1 });
  await until(alice, { field: 'chunksSent', gte: beforeDrop.chunksSent + 75 });
  await alice.keyboard.up('Space');
  await until(alice, { field: 'messagesSent', gte: 3 });
  const resumed = (await debugOf(alice)).sent[2];
  t.equal(resumed?.state, 'COMPLETE', 'the message resumed after the reconnect ends complete');
  await carolHeard.ended(resumed?.messageId ?? '');
  const resumedPackets = carolHeard.payloads(resumed?.messageId ?? '');
  t.equal(resumedPackets.length, resumed?.chunkCount, 'the native client got every packet of it');
  t.equal(carolHeard.get(resumed?.messageId ?? '')?.duplicates, 0, 'none twice');
  t.ok(
    resumedPackets.every((p) => isPlausibleOpusPacket(p)),
    'all valid Opus',
  );

  // Bob's connection drops while the network is down; Carol writes meanwhile.
  const before = await debugOf(bob);
  await bob.context().setOffline(true);
  await bob.evaluate(() =>
    (
      globalThis as unknown as { voxringDebug: { dropConnection(): void } }
    ).voxringDebug.dropConnection(),
  );
  await until(bob, { field: 'connectionState', eq: 'reconnecting' });
  await bob.locator('#conn-state', { hasText: 'reconnecting' }).waitFor();
  await carolDevice.request({
    type: 'sendText',
    sendText: {
      messageId: `carol-${Date.now()}`,
      conversationId: conversationId ?? '',
      text: 'while you were away',
    },
  });
  await bob.context().setOffline(false);
  await until(bob, { field: 'reconnects', gte: before.reconnects + 1 });
  await until(bob, { field: 'connectionState', eq: 'online' });
  await bob.locator('#history li', { hasText: 'while you were away' }).waitFor();
  t.ok(
    (await debugOf(bob)).timelineRequests > before.timelineRequests,
    'the page asked for the timeline since its cursor',
  );
  t.pass('reconnected by itself and caught up on what it missed');

  await screenshot(bob, 'bob-history');
  await bob.setViewportSize({ width: 390, height: 760 });
  await screenshot(bob, 'bob-phone');
  t.ok(
    await bob.getByRole('button', { name: 'Back to conversations' }).isVisible(),
    'phone-sized: the back button shows',
  );
  await updateDocsScreenshot(catchingUpShot, 'web-page.png');

  t.same(aliceErrors, [], 'no errors in Alice’s page');
  t.same(bobErrors, [], 'no errors in Bob’s page');
});

/** The WebCodecs classes; the fallback tests delete them before the page's scripts run. */
const WEBCODECS = ['AudioEncoder', 'AudioDecoder', 'AudioData', 'EncodedAudioChunk'];

void t.test('without WebCodecs the page talks and plays with opusscript (WASM)', async (t) => {
  const missing = chromiumMissing();
  if (missing) {
    t.fail(missing);
    return;
  }
  const router = await startTestRouter(t, { transport: 'ws' });
  const browser = await launchBrowser(t, await speechWav(t));
  const carol = await signupUser(router.url, 'carol');
  const daveName = uniqueUser('dave');
  const erinName = uniqueUser('erin');
  const { page: dave, errors: daveErrors } = await openPage(browser, router.url, {
    hideGlobals: WEBCODECS,
  });
  const { page: erin, errors: erinErrors } = await openPage(browser, router.url, {
    hideGlobals: WEBCODECS,
  });
  t.equal(
    await dave.evaluate(
      () => typeof (globalThis as unknown as Record<string, unknown>).AudioEncoder,
    ),
    'undefined',
    'the page has no WebCodecs',
  );
  await signIn(dave, daveName, PASSWORD, 'signup');
  await signIn(erin, erinName, PASSWORD, 'signup');
  await until(dave, { field: 'encoder', eq: 'opusscript' });
  const daveDebug = await debugOf(dave);
  t.equal(daveDebug.encoder, 'opusscript', 'the page encodes with opusscript');
  t.equal(daveDebug.decoder, 'opusscript', 'and decodes with it');

  await dave.getByLabel('Talk with').fill(`${erinName}, ${carol.name}`);
  await dave.getByLabel('Group name').fill('wasm');
  await dave.getByRole('button', { name: 'Create' }).click();
  await dave.getByRole('heading', { name: 'wasm' }).waitFor();
  t.ok(
    await dave.getByRole('button', { name: 'Hold to talk' }).isEnabled(),
    'the talk button is enabled',
  );
  const erinItem = erin.locator('#conversation-list li', { hasText: 'wasm' });
  await erinItem.waitFor();
  const conversationId = (await erinItem.getAttribute('data-conversation-id')) ?? '';
  await erinItem.getByRole('button').click();
  await erin.getByLabel('Monitor (play live)').check();
  await until(erin, { field: 'monitoredCount', gte: 1 });

  const carolDevice = await connectDevice(t, router.url, carol, 'carol-native');
  const carolHeard = new MessageCollector(carolDevice);
  t.teardown(() => carolHeard.stop());
  await carolDevice.request({ type: 'monitor', monitor: { conversationIds: [conversationId] } });

  // Dave holds talk for ≥ 2 s of packets; Erin hears it live, decoded in WASM.
  await dave.getByRole('button', { name: 'Hold to talk' }).hover();
  await dave.mouse.down();
  await until(erin, { field: 'framesDecoded', gte: 50 });
  await until(dave, { field: 'chunksSent', gte: 100 });
  await dave.mouse.up();
  await until(dave, { field: 'messagesSent', gte: 1 });
  const sent = (await debugOf(dave)).sent[0];
  const messageId = sent?.messageId ?? '';
  const chunkCount = sent?.chunkCount ?? 0;
  t.equal(sent?.state, 'COMPLETE', 'the message ended complete');
  t.ok(chunkCount >= 100, `Dave sent ${chunkCount} packets (≥ 2 s)`);
  t.ok((await debugOf(dave)).maxLevel > 0.05, 'the level meter moved with the voice');

  // Carol (native) got every packet, each a valid 20 ms Opus packet.
  await carolHeard.ended(messageId);
  const carolGot = carolHeard.get(messageId);
  const packets = carolHeard.payloads(messageId);
  t.equal(carolGot?.endState, 'COMPLETE');
  t.equal(packets.length, chunkCount, 'the native client received every packet');
  t.equal(carolGot?.duplicates, 0);
  t.ok(
    packets.every((p) => isPlausibleOpusPacket(p)),
    'every packet is valid Opus',
  );
  t.ok(
    packets.every((p) => opusPacketSamples(p) === 960),
    'every packet lasts 20 ms',
  );
  const average = packets.reduce((sum, p) => sum + p.length, 0) / packets.length;
  t.ok(average > 20 && average < 120, `about 24 kbit/s (${average.toFixed(0)} bytes a packet)`);
  t.match(carolGot?.header?.opus, { sampleRate: 48000, channels: 1, preSkip: 312 });

  // Erin decoded the whole message live, to sound.
  await until(erin, { stream: messageId, field: 'mode', eq: 'ended' });
  const erinDebug = await debugOf(erin);
  const heard = erinDebug.streams[messageId];
  t.equal(heard?.received, chunkCount, 'Erin received every packet');
  t.equal(heard?.decoded, chunkCount, 'and decoded every one in WASM');
  t.equal(erinDebug.decodeErrors, 0, 'no decode errors');

  // The stored message decodes with opusdec to audible speech.
  const dir = await tempDir(t, 'voxring-web-wasm-');
  const audio = await carol.http.audio(messageId);
  t.equal(readOggOpus(audio.body).packets.length, chunkCount, 'the stored .ogg holds every packet');
  await writeFile(path.join(dir, 'message.ogg'), audio.body);
  await run('opusdec', ['--quiet', path.join(dir, 'message.ogg'), path.join(dir, 'message.wav')]);
  const rms = wavRms(await readFile(path.join(dir, 'message.wav')));
  t.ok(rms > 0.01, `the recorded speech is not silence (rms ${rms.toFixed(3)})`);
  // Same packets, so about the same loudness: garbage from a wrong PCM layout would not be.
  const pageRms = heard?.rms ?? 0;
  t.ok(
    pageRms > rms / 2 && pageRms < rms * 2,
    `Erin's page decoded it as loud as opusdec does (rms ${pageRms.toFixed(3)})`,
  );

  t.same(daveErrors, [], 'no errors in Dave’s page');
  t.same(erinErrors, [], 'no errors in Erin’s page');
});

void t.test('without WebCodecs or WebAssembly the page says what talking needs', async (t) => {
  const missing = chromiumMissing();
  if (missing) {
    t.fail(missing);
    return;
  }
  const router = await startTestRouter(t, { transport: 'ws' });
  const browser = await launchBrowser(t, await speechWav(t));
  const { page, errors } = await openPage(browser, router.url, {
    viewport: { width: 390, height: 760 },
    hideGlobals: [...WEBCODECS, 'WebAssembly'],
  });
  await signIn(page, uniqueUser('fay'), PASSWORD, 'signup');
  const gus = await signupUser(router.url, 'gus');
  await page.getByLabel('Talk with').fill(gus.name);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: gus.name }).waitFor();
  t.ok(
    await page.getByRole('button', { name: 'Hold to talk' }).isDisabled(),
    'the talk button is disabled',
  );
  t.match(
    await page.locator('#talk-status').textContent(),
    /needs a microphone and a browser with WebCodecs or WebAssembly/,
  );
  t.equal((await debugOf(page)).decoder, '', 'nothing to decode live with either');
  await screenshot(page, 'cannot-talk-phone');
  t.same(errors, [], 'no errors in the page');
});

/** docs/<name> (the README's pictures) is written when missing or when VOXRING_UPDATE_SCREENSHOTS=1. */
async function updateDocsScreenshot(file: string, name: string): Promise<void> {
  const target = path.join(REPO_ROOT, 'docs', name);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists && process.env.VOXRING_UPDATE_SCREENSHOTS !== '1') return;
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(file, target);
}
