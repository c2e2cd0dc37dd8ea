/**
 * The shared body log under a real kill -9: three messages live at once
 * (their chunks share the log's batches; their body files are behind), the
 * router is killed, and the restarted router replays the log: every message
 * holds at least every acked chunk, bit-exact, and the log is gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import { VoxringHttp } from '../../client/voxring-http.js';
import { readOggOpus } from '../../common/ogg-opus-reader.js';
import { connectDevice, signupUser, speechPackets, tempDir } from '../helpers/router-fixture.js';
import { startCliRouter } from './support/cli-router.js';

const TALKERS = 3;
const ACKED = 60;
const SENT = 75;

void t.test(
  'kill -9 with several live messages: the restarted router replays the log, no acked chunk lost',
  async (t) => {
    const dataDir = await tempDir(t, 'voxring-wal-kill-');
    const first = await startCliRouter(t, dataDir);
    const listener = await signupUser(first.url, 'listener');
    const talkers = await Promise.all(
      Array.from({ length: TALKERS }, (_, i) => signupUser(first.url, `talker${i}`)),
    );
    const { packets, preSkip } = await speechPackets();
    const messages: OutgoingVoiceMessage[] = [];
    for (const [i, user] of talkers.entries()) {
      const conversation = await user.http.createConversation([listener.name], `wal-${i}`);
      const device = await connectDevice(t, first.url, user);
      messages.push(
        await OutgoingVoiceMessage.start(device, {
          conversationId: conversation.conversationId,
          opus: { sampleRate: 48000, channels: 1, frameDurationUs: 20000, preSkip },
        }),
      );
    }
    // Interleaved, as live talkers are: each group commit holds chunks of all three.
    for (let seq = 0; seq < ACKED; seq++) for (const m of messages) m.send(packets[seq]!);
    await Promise.all(messages.map((m) => m.allAcked()));
    for (let seq = ACKED; seq < SENT; seq++) for (const m of messages) m.send(packets[seq]!);
    first.child.kill('SIGKILL');
    t.equal((await first.exited).signal, 'SIGKILL');
    const acked = messages.map((m) => m.ackedSeq + 1);
    t.ok(
      acked.every((n) => n >= ACKED),
      `acked before the kill: ${acked.join(', ')}`,
    );

    const second = await startCliRouter(t, dataDir);
    t.same(
      fs.readdirSync(path.join(dataDir, 'bodies', 'wal')),
      [],
      'the log was replayed and removed at start',
    );
    const http = new VoxringHttp(second.url, listener.token);
    for (const [i, m] of messages.entries()) {
      const header = await http.getMessage(m.messageId);
      t.equal(header.state, 'INTERRUPTED', `message ${i} interrupted`);
      t.ok(
        header.chunkCount >= acked[i]!,
        `message ${i}: ${header.chunkCount} chunks >= ${acked[i]} acked`,
      );
      const stored = readOggOpus((await http.audio(m.messageId)).body).packets;
      t.equal(
        stored.length,
        header.chunkCount,
        `message ${i}: the body holds the header's chunk count`,
      );
      t.ok(
        stored.every((p, seq) => p.equals(packets[seq]!)),
        `message ${i}: the first chunks, bit-exact`,
      );
    }
  },
);
