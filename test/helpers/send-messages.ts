/** The two ways tests put a message into a conversation over a device connection. */
import { randomUUID } from 'node:crypto';
import { OutgoingVoiceMessage } from '../../client/outgoing-voice-message.js';
import type { VoxringConnection } from '../../client/voxring-connection.js';

/** Streams `packets` as one voice message and ends it; its id. */
export async function talk(conn: VoxringConnection, conversationId: string, packets: readonly Uint8Array[]): Promise<string> {
  const message = await OutgoingVoiceMessage.start(conn, { conversationId });
  for (const packet of packets) message.send(packet);
  await message.end();
  return message.messageId;
}

/** Sends a text message (a new id unless given) and waits for its ack; its id. */
export async function sendText(conn: VoxringConnection, conversationId: string, text: string, messageId: string = randomUUID()): Promise<string> {
  const reply = await conn.request({ type: 'sendText', sendText: { messageId, conversationId, text } });
  if (reply.type !== 'ack' || reply.ack.seq !== 0) throw new Error(`send_text answered with ${reply.type}`);
  return messageId;
}
