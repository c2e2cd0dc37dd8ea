/**
 * GET /v1/messages/:id/audio: a finished message as a deterministic Ogg Opus
 * file with single byte ranges, HEAD and ?access_token=; a live message as a
 * response that starts at once, grows with the message and ends with it.
 * Both transports (their HTTP servers differ).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import t, { type Test } from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import {
  connectDevice,
  signupUser,
  sleep,
  speechPackets,
  startTestRouter,
  tempDir,
  TRANSPORTS,
} from '../helpers/router-fixture.js';
import { opusTool, runTool, wavSampleFrames } from '../ogg/opus-tools.js';

function samePackets(got: Buffer[], want: Buffer[]): boolean {
  return got.length === want.length && got.every((p, i) => p.equals(want[i] ?? Buffer.alloc(0)));
}

/** Audio packets in the complete pages of a possibly unfinished Ogg stream; 0 while a page is cut short. */
function packetsSoFar(bytes: Buffer): number {
  try {
    return readOggOpus(bytes, { requireEos: false }).packets.length;
  } catch {
    return 0;
  }
}

/** Checks an Ogg file with opusinfo and decodes it with opusdec; returns the decoded sample frames. */
async function decode(t: Test, dir: string, name: string, bytes: Buffer): Promise<number> {
  const ogg = path.join(dir, `${name}.ogg`);
  const wav = path.join(dir, `${name}.wav`);
  await writeFile(ogg, bytes);
  const info = await runTool(opusTool('opusinfo'), [ogg]);
  t.equal(info.code, 0, `${name}: opusinfo exits 0`);
  t.notMatch(
    info.output,
    /warning|error|invalid|corrupt|\bhole\b/i,
    `${name}: opusinfo reports no problem`,
  );
  const dec = await runTool(opusTool('opusdec'), ['--quiet', ogg, wav]);
  t.equal(dec.code, 0, `${name}: opusdec exits 0 (${dec.output.trim()})`);
  return dec.code === 0 ? wavSampleFrames(wav, 1) : -1;
}

/** What a user is told for a message id nobody used. */
async function unknownAnswer(url: string, token: string): Promise<unknown> {
  const res = await fetch(`${url}/v1/messages/never-used-id/audio`, { headers: { authorization: `Bearer ${token}` } });
  return res.json();
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

for (const transport of TRANSPORTS) {
  void t.test(
    `stored audio over ${transport}: file, ranges, HEAD, access_token, errors`,
    async (t) => {
      const router = await startTestRouter(t, { transport });
      const dir = await tempDir(t);
      const [a, b, outsider] = await Promise.all([
        signupUser(router.url, 'aua'),
        signupUser(router.url, 'aub'),
        signupUser(router.url, 'auo'),
      ]);
      const conv = (await a.http.createConversation([b.name])).conversationId;
      const aPhone = await connectDevice(t, router.url, a);
      const { packets, preSkip } = await speechPackets();
      const message = await OutgoingVoiceMessage.start(aPhone, {
        conversationId: conv,
        opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
      });
      for (const [i, packet] of packets.entries()) {
        message.send(packet);
        if (i % 10 === 9) await sleep(2);
      }
      await message.end();
      const url = `${router.url}/v1/messages/${message.messageId}/audio`;
      const auth = { authorization: `Bearer ${b.token}` };

      const full = await fetch(url, { headers: auth });
      const file = Buffer.from(await full.arrayBuffer());
      t.equal(full.status, 200);
      t.equal(full.headers.get('content-type'), 'audio/ogg');
      t.equal(
        full.headers.get('content-length'),
        String(file.length),
        'content-length is the file size',
      );
      t.equal(full.headers.get('accept-ranges'), 'bytes');
      const parsed = readOggOpus(file);
      t.ok(samePackets(parsed.packets, packets), 'readOggOpus gives exactly the stored packets');
      t.equal(parsed.head.preSkip, preSkip);
      t.equal(parsed.head.channels, 1);
      t.equal(
        await decode(t, dir, 'stored', file),
        packets.length * 960 - preSkip,
        'opusdec decodes every sample',
      );
      const again = Buffer.from(await (await fetch(url, { headers: auth })).arrayBuffer());
      t.ok(again.equals(file), 'the file is the same bytes every time');

      const len = file.length;
      const range = async (value: string): Promise<{ res: Response; body: Buffer }> => {
        const res = await fetch(url, { headers: { ...auth, range: value } });
        return { res, body: Buffer.from(await res.arrayBuffer()) };
      };
      const first = await range('bytes=0-99');
      t.equal(first.res.status, 206, 'bytes=0-99: 206');
      t.equal(first.res.headers.get('content-range'), `bytes 0-99/${len}`);
      t.equal(first.res.headers.get('content-length'), '100');
      t.ok(first.body.equals(file.subarray(0, 100)), 'the first 100 bytes of the file');
      const rest = await range('bytes=100-');
      t.equal(rest.res.status, 206, 'bytes=100-: 206');
      t.equal(rest.res.headers.get('content-range'), `bytes 100-${len - 1}/${len}`);
      t.ok(rest.body.equals(file.subarray(100)), 'the file from byte 100');
      const suffix = await range('bytes=-50');
      t.equal(suffix.res.status, 206, 'bytes=-50: 206');
      t.equal(suffix.res.headers.get('content-range'), `bytes ${len - 50}-${len - 1}/${len}`);
      t.ok(suffix.body.equals(file.subarray(len - 50)), 'the last 50 bytes');
      const past = await range(`bytes=${len}-`);
      t.equal(past.res.status, 416, 'a range past the end: 416');
      t.equal(past.res.headers.get('content-range'), `bytes */${len}`);
      const clipped = await range(`bytes=${len - 10}-${len + 1000}`);
      t.equal(clipped.res.status, 206, 'a range running past the end is clipped');
      t.ok(clipped.body.equals(file.subarray(len - 10)));
      // RFC 9110 §14.2: an invalid Range is ignored (200, the whole file); only a valid one past the end is 416.
      for (const invalid of ['bytes=5-3', 'bytes=-', 'bytes=x-5', 'bytes=0-1,5-9', 'items=0-5', 'bytes 0-5']) {
        const ignored = await range(invalid);
        t.equal(ignored.res.status, 200, `${invalid}: ignored, 200`);
        t.ok(ignored.body.equals(file), `${invalid}: the whole file`);
      }
      const upper = await range('BYTES=0-9');
      t.equal(upper.res.status, 206, 'the range unit is case-insensitive');
      const zeroSuffix = await range('bytes=-0');
      t.equal(zeroSuffix.res.status, 416, 'bytes=-0 (an empty suffix) is unsatisfiable: 416');
      t.equal(zeroSuffix.res.headers.get('content-range'), `bytes */${len}`);
      t.match(JSON.parse(zeroSuffix.body.toString()), { error: { code: 'VOX_RANGE_NOT_SATISFIABLE' } });

      const head = await fetch(url, { method: 'HEAD', headers: auth });
      t.equal(head.status, 200, 'HEAD: 200');
      t.equal(head.headers.get('content-length'), String(len), 'HEAD: content-length of the file');
      t.equal(head.headers.get('content-type'), 'audio/ogg');
      t.equal((await head.arrayBuffer()).byteLength, 0, 'HEAD: no body');

      const byQuery = await fetch(`${url}?access_token=${encodeURIComponent(b.token)}`);
      t.equal(byQuery.status, 200, '?access_token= instead of the header');
      t.ok(Buffer.from(await byQuery.arrayBuffer()).equals(file), 'the same file');
      const badQuery = await fetch(`${url}?access_token=nope`);
      t.equal(badQuery.status, 401, 'a bad access_token: 401');
      await badQuery.arrayBuffer();
      const anonymous = await fetch(url);
      t.equal(anonymous.status, 401, 'no token: 401');
      await anonymous.arrayBuffer();

      const stranger = await fetch(url, { headers: { authorization: `Bearer ${outsider.token}` } });
      t.equal(stranger.status, 404, 'a non-participant: 404, as for a message that does not exist');
      t.same(await stranger.json(), await unknownAnswer(router.url, outsider.token), 'the same answer, byte for byte');
      await aPhone.request({
        type: 'sendText',
        sendText: { messageId: 'audio-text', conversationId: conv, text: 'no audio here' },
      });
      const textAudio = await fetch(`${router.url}/v1/messages/audio-text/audio`, {
        headers: auth,
      });
      t.equal(textAudio.status, 404, 'a text message has no audio: 404');
      await textAudio.arrayBuffer();
      const unknown = await fetch(`${router.url}/v1/messages/no-such-message/audio`, {
        headers: auth,
      });
      t.equal(unknown.status, 404, 'an unknown message: 404');
      t.match(await unknown.json(), { error: { code: 'VOX_MESSAGE_NOT_FOUND' } });
    },
  );

  void t.test(
    `live audio over ${transport}: starts at once, grows with the message, ends with it`,
    async (t) => {
      const router = await startTestRouter(t, { transport });
      const dir = await tempDir(t);
      const [a, b] = await Promise.all([
        signupUser(router.url, 'ala'),
        signupUser(router.url, 'alb'),
      ]);
      const conv = (await a.http.createConversation([b.name])).conversationId;
      const aPhone = await connectDevice(t, router.url, a);
      const { packets: all, preSkip } = await speechPackets();
      const packets = all.slice(0, 150); // 3 s of speech
      const message = await OutgoingVoiceMessage.start(aPhone, {
        conversationId: conv,
        opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
      });

      // Real pace: packet i leaves 20 ms × i after the start.
      const startedAt = performance.now();
      let sent = 0;
      const sendUpTo = async (n: number): Promise<void> => {
        for (; sent < n; sent++) {
          const due = startedAt + sent * 20 - performance.now();
          if (due > 1) await sleep(due);
          message.send(packets[sent] ?? Buffer.alloc(0));
        }
      };
      await sendUpTo(10);

      const res = await fetch(`${router.url}/v1/messages/${message.messageId}/audio`, {
        headers: { authorization: `Bearer ${b.token}` },
      });
      t.equal(res.status, 200, 'the response starts while the message is live');
      t.equal(res.headers.get('content-type'), 'audio/ogg');
      t.equal(res.headers.get('content-length'), null, 'no length: the size is not known yet');
      const reader = res.body?.getReader();
      if (!reader) throw new Error('no body');
      const parts: Buffer[] = [];
      let ended = false;
      let bytesBeforeEnd = 0;
      const waiters: { n: number; resolve: () => void }[] = [];
      const reading = (async () => {
        for (;;) {
          const { done, value } = (await reader.read()) as {
            done: boolean;
            value: Uint8Array | undefined;
          };
          if (done || !value) return;
          parts.push(Buffer.from(value));
          if (!ended) bytesBeforeEnd += value.length;
          const have = packetsSoFar(Buffer.concat(parts));
          for (const w of waiters.filter((w) => have >= w.n)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      })();
      const received = (n: number): Promise<void> =>
        withTimeout(
          new Promise<void>((resolve) => waiters.push({ n, resolve })),
          10_000,
          `${n} packets over HTTP`,
        );

      // The body grows as the message does: the reader holds 50, then 100 packets while A still talks.
      await sendUpTo(50);
      await received(50);
      t.pass('50 packets arrived over HTTP while the message was live');
      await sendUpTo(100);
      await received(100);
      t.pass('100 packets arrived over HTTP while the message was live');
      await sendUpTo(packets.length);
      ended = true;
      const end = await message.end();
      t.equal(end.messageEnd.state, 'COMPLETE');
      await withTimeout(reading, 10_000, 'the response to end');
      const body = Buffer.concat(parts);
      t.ok(
        bytesBeforeEnd > 0 && bytesBeforeEnd < body.length,
        'bytes arrived before the end, and the rest after it',
      );
      t.equal(
        packetsSoFar(body.subarray(0, bytesBeforeEnd)) >= 100,
        true,
        'what came before the end already parsed to 100+ packets',
      );

      const parsed = readOggOpus(body);
      t.ok(
        samePackets(parsed.packets, packets),
        'the streamed body holds exactly the sent packets',
      );
      t.equal(parsed.head.preSkip, preSkip);
      t.equal(
        await decode(t, dir, 'live', body),
        packets.length * 960 - preSkip,
        'opusdec decodes the streamed body',
      );

      // Once finished, the same message is served as a stored file with the same packets.
      const stored = readOggOpus((await b.http.audio(message.messageId)).body);
      t.ok(samePackets(stored.packets, packets), 'the stored file holds the same packets');
    },
  );
}
