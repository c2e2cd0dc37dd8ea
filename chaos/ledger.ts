/** What the workload's clients recorded, for the checker: every message sent, every ack, every delivery. */

export interface SentMessage {
  messageId: string;
  conversationId: string;
  talker: string;
  /** Index into the fixture's packets of chunk 0 (chunk i is packet (start + i) mod n). */
  start: number;
  /** Chunks handed to the SDK. */
  sent: number;
  /** Highest seq acked as durable; -1: none. */
  ackedSeq: number;
  /** The router's messageEnd state for the talker, or undefined when end() failed. */
  endState: string | undefined;
  failure: string | undefined;
  startedAtMs: number;
  endedAtMs: number | undefined;
  /** Routers the talker's session was on while the message was being sent, in order. */
  routers: string[];
}

export interface SentText {
  messageId: string;
  conversationId: string;
  talker: string;
  text: string;
  /** The router answered without an error. */
  acked: boolean;
}

export interface ListenerRecord {
  user: string;
  /** Messages the inbox delivered, by id, with their state and chunk count. */
  delivered: Map<string, { state: string; chunks: number; mismatched: number }>;
  /** onMessage fired again for a message already delivered. */
  deliveredTwice: number;
  /** Within one stream on one connection, a chunk whose seq was not above the last one. */
  wireRepeats: number;
  /** Repeats the SDK's inbox dropped (resume overlaps; informational). */
  inboxDuplicates: number;
  /** listen requests the inbox sent (catch-ups). */
  catchUps: number;
}

export class Ledger {
  readonly messages = new Map<string, SentMessage>();
  readonly texts: SentText[] = [];
  readonly listeners: ListenerRecord[] = [];
  /** Samples where the routers together held more live messages than talkers had in flight. */
  readonly liveSamples = { taken: 0, overCount: 0, worst: 0 };
  /** Users and their passwords, for the checker's timeline reads. */
  readonly users: { name: string; token: string; userId: string }[] = [];
  clientErrors: string[] = [];

  noteError(what: string): void {
    if (this.clientErrors.length < 200) this.clientErrors.push(`${new Date().toISOString()} ${what}`);
  }
}
