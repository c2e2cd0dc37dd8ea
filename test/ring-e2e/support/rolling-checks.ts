/**
 * What the rolling-restart test counts: acked chunks lost, chunks a
 * listener got twice, messages that did not end COMPLETE (each with the
 * reason, so a failure names its messages), and how long each client that
 * was on a stopped router took to be connected again.
 */
import type { ReceivedVoiceMessage } from '../../../client/voice-inbox.js';
import type { SentMessage, TrackedClient } from './rolling-load.js';

export interface Audit {
  messages: number;
  ackedChunks: number;
  lost: number;
  duplicates: number;
  interrupted: number;
  /** One line per message that lost chunks, was heard twice or did not complete. */
  problems: string[];
}

export function emptyAudit(): Audit {
  return { messages: 0, ackedChunks: 0, lost: 0, duplicates: 0, interrupted: 0, problems: [] };
}

/**
 * One sent message against what its listener heard: every acked chunk
 * heard, bit-exact (a chunk heard different counts as lost), ended
 * COMPLETE both for its talker and its listener.
 */
export function auditMessage(audit: Audit, what: string, sent: SentMessage, heard: ReceivedVoiceMessage | undefined): void {
  audit.messages++;
  audit.ackedChunks += sent.acked;
  const got = heard?.payloads ?? [];
  let lost = 0;
  for (let seq = 0; seq < sent.acked; seq++) {
    const want = sent.payloads[seq];
    const have = got[seq];
    if (!want || !have || !Buffer.from(have).equals(Buffer.from(want))) lost++;
  }
  audit.lost += lost;
  audit.duplicates += heard?.duplicates ?? 0;
  const complete = sent.endState === 'COMPLETE' && heard?.state === 'COMPLETE';
  if (!complete) audit.interrupted++;
  if (lost > 0 || !complete || (heard?.duplicates ?? 0) > 0) {
    audit.problems.push(
      `${what} ${sent.messageId}: sent ${sent.payloads.length}, acked ${sent.acked}, talker end ${sent.endState ?? '-'}` +
        `${sent.error ? ` (${sent.error})` : ''}; heard ${heard ? `${got.length} ${heard.state}, ${heard.duplicates} twice${heard.error ? ` (${heard.error.code}: ${heard.error.message})` : ''}` : 'nothing'}; lost ${lost}`,
    );
  }
}

/** Who was on the router at the moment it was told to stop. */
export interface StopSnapshot {
  routerId: string;
  at: number;
  clients: TrackedClient[];
}

export function snapshot(routerId: string, at: number, clients: readonly TrackedClient[]): StopSnapshot {
  return { routerId, at, clients: clients.filter((c) => c.routerId() === routerId) };
}

/**
 * For each client on a stopped router: ms from the stop to its first
 * reconnect after it (Infinity: none), and how that splits into the wait
 * for the router to let it go (stop → connection lost) and the client's
 * way back (lost → connected, restored).
 */
export function reconnectDelays(stops: readonly StopSnapshot[]): { client: string; routerId: string; ms: number; lostMs: number | undefined }[] {
  return stops.flatMap((stop) =>
    stop.clients.map((c) => {
      const back = c.reconnects.find((at) => at >= stop.at);
      const lost = c.losses.find((at) => at >= stop.at);
      return { client: c.name, routerId: stop.routerId, ms: back === undefined ? Infinity : back - stop.at, lostMs: lost === undefined ? undefined : lost - stop.at };
    }),
  );
}

/** p50 / p95 / max of a list of ms (nearest rank). */
export function distribution(values: readonly number[]): { n: number; p50: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return { n: sorted.length, p50: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * The message each Zello stream became, by content (a stream has no id the
 * listener sees): the first heard message that starts with the stream's
 * first packets and is not taken yet.
 */
export function matchStreams(streams: readonly { packets: Buffer[] }[], heard: readonly ReceivedVoiceMessage[]): (ReceivedVoiceMessage | undefined)[] {
  const taken = new Set<ReceivedVoiceMessage>();
  const startsWith = (m: ReceivedVoiceMessage, packets: Buffer[]): boolean =>
    packets.slice(0, 3).every((p, i) => m.payloads[i] !== undefined && Buffer.from(m.payloads[i]).equals(p));
  return streams.map((stream) => {
    const match = [...heard].sort((a, b) => a.header.startedAtMs - b.header.startedAtMs).find((m) => !taken.has(m) && startsWith(m, stream.packets));
    if (match) taken.add(match);
    return match;
  });
}
