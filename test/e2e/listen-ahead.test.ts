/**
 * A listen from a seq the router does not hold yet never fails for good
 * while the rest may still come: past the live head it waits for the chunks;
 * past what an INTERRUPTED message holds it is refused with VOX_LISTEN_AHEAD
 * (retryable), and once its talker resumed the same listen plays from there.
 * Past the end of a finished message it is a bad request.
 */
import t from 'tap';
import { MessageCollector } from '../../client/message-collector.js';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';
import { eventually } from '../helpers/eventually.js';
import { connectDevice, signupUser, speechPackets, startTestRouter } from '../helpers/router-fixture.js';

async function listenError(conn: VoxringConnection, messageId: string, fromSeq: number): Promise<{ code?: unknown; retryable?: unknown } | undefined> {
  return conn.request({ type: 'listen', listen: { messageId, fromSeq } }).then(
    () => undefined,
    (err: unknown) => (typeof err === 'object' && err !== null ? (err as { code?: unknown; retryable?: unknown }) : { code: String(err) }),
  );
}

void t.test('a listen past what an interrupted message holds is retryable, and plays once it was resumed', async (t) => {
  const router = await startTestRouter(t, { config: { liveResumeGraceMs: 50 } });
  const [a, b] = await Promise.all([signupUser(router.url, 'a'), signupUser(router.url, 'b')]);
  const conversation = await a.http.createConversation([b.name], 'ahead');
  const { packets } = await speechPackets();
  const first = await connectDevice(t, router.url, a, 'a-first');
  const message = await OutgoingVoiceMessage.start(first, { conversationId: conversation.conversationId });
  for (const packet of packets.slice(0, 10)) message.send(packet);
  await message.allAcked();
  first.terminate();
  await eventually(() => b.http.getMessage(message.messageId), (h) => h.state === 'INTERRUPTED', 'the message to be interrupted', 5000);

  const listener = await connectDevice(t, router.url, b, 'b-phone');
  const err = await listenError(listener, message.messageId, 12);
  t.equal(err?.code, 'VOX_LISTEN_AHEAD', 'past the 10 chunks held: VOX_LISTEN_AHEAD');
  t.equal(err?.retryable, true, 'retryable');

  const again = await connectDevice(t, router.url, a, 'a-again');
  await message.resume(again);
  for (const packet of packets.slice(10, 15)) message.send(packet);
  t.equal((await message.end()).messageEnd.state, 'COMPLETE');
  const collector = new MessageCollector(listener);
  t.teardown(() => collector.stop());
  await listener.request({ type: 'listen', listen: { messageId: message.messageId, fromSeq: 12 } });
  await collector.ended(message.messageId);
  t.same(collector.get(message.messageId)?.chunks.map((c) => c.seq), [12, 13, 14], 'the same listen after the resume plays from seq 12');

  const beyond = await listenError(listener, message.messageId, 16);
  t.equal(beyond?.code, 'VOX_BAD_REQUEST', 'past the end of the finished message: a bad request');
  t.equal(beyond?.retryable, false);
});
