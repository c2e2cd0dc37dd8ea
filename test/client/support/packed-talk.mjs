/* global process, console */
// Runs in a child process against the packed @voxring/client (test/client/package.test.ts):
// two users, one conversation; A talks 25 packets, B monitors and hears the message whole.
// Prints one JSON line with what happened. Argument: the router's base URL.
import * as browser from '@voxring/client/browser';
import { VoiceInbox, VoxringHttp, VoxringSession } from '@voxring/client';
import * as node from '@voxring/client';

const url = process.argv[2];
const suffix = `${process.pid % 100000}`;
const a = new VoxringHttp(url);
const b = new VoxringHttp(url);
await a.signup(`packa${suffix}`, 'correct horse battery');
await b.signup(`packb${suffix}`, 'correct horse battery');
const { conversationId } = await a.createConversation([`packb${suffix}`]);

const talker = await VoxringSession.open({ urls: [url], token: a.token, deviceId: 'packed-a' });
const hearer = await VoxringSession.open({ urls: [url], token: b.token, deviceId: 'packed-b' });
const inbox = new VoiceInbox(hearer, { conversationIds: [conversationId] });
const heard = new Promise((resolve) => inbox.onMessage(resolve));
await hearer.monitor([conversationId]);

// 20 ms CELT packets (TOC config 31, one frame), each different.
const packets = Array.from({ length: 25 }, (_, i) => Uint8Array.from([31 << 3, ...new Array(19).fill(0x55), i]));
const message = await talker.startVoice({ conversationId, opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip: 312 } });
for (const packet of packets) message.send(packet);
const end = await message.end(20_000);
const got = await heard;
const same = got.payloads.length === packets.length && got.payloads.every((p, i) => p.length === packets[i].length && p.every((x, j) => x === packets[i][j]));
await Promise.all([talker.close(), hearer.close()]);
console.log(
  JSON.stringify({
    endState: end.messageEnd.state,
    heardState: got.state,
    heardCount: got.payloads.length,
    same,
    nodeExports: Object.keys(node).sort(),
    browserExports: Object.keys(browser).sort(),
  }),
);
