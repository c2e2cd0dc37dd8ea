/** ackIntervalMs: a sender gets at most one ack per message per interval, and a final ack at end. */
import t from 'tap';
import { connectDevice, signupUser, sleep, speechPackets, startTestRouter } from '../helpers/router-fixture.js';

void t.test('acks are coalesced per ackIntervalMs and the final ack covers everything', async (t) => {
  const router = await startTestRouter(t, { config: { ackIntervalMs: 10_000, commitIntervalMs: 10 } });
  const [a, b] = await Promise.all([signupUser(router.url, 'ak'), signupUser(router.url, 'ak')]);
  const conversation = await a.http.createConversation([b.name]);
  const conn = await connectDevice(t, router.url, a);
  const acks: number[] = [];
  conn.onFrame((f) => {
    if (f.type === 'ack' && f.ack.messageId === 'ack-test-1') acks.push(f.ack.seq);
  });
  const { packets } = await speechPackets();
  await conn.request({
    type: 'startMessage',
    startMessage: { messageId: 'ack-test-1', conversationId: conversation.conversationId, contentType: 'VOICE', opus: null },
  });
  for (let seq = 0; seq < 40; seq++) {
    conn.send({ type: 'chunk', chunk: { messageId: 'ack-test-1', seq, payload: packets[seq] ?? Buffer.alloc(1) } });
    await sleep(10); // about 40 group commits of 10 ms happen meanwhile
  }
  await conn.sync();
  const during = acks.filter((seq) => seq >= 0);
  t.ok(during.length <= 1, `at most one ack inside the interval (got ${during.length})`);
  const end = await conn.request({ type: 'endMessage', endMessage: { messageId: 'ack-test-1', chunkCount: 40 } });
  t.equal(end.type, 'messageEnd');
  t.equal(acks.at(-1), 39, 'the final ack covers every chunk');
  t.same([...acks].sort((x, y) => x - y), acks, 'acks never go backwards');
});
