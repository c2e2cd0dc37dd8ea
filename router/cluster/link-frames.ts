/**
 * What a ring member does with each frame arriving on a relay link: mirrors
 * and fetched messages (relay_header, chunk, message_end), subscriptions it
 * serves, pushes for users served here (timeline events, receipts, listen
 * modes), revoked tokens, conversation changes, replica acks, takeovers and
 * users announced here.
 */
import type { ConversationId, MessageId, UserId } from '../../common/ids.js';
import type { Logger } from '../../common/logger.js';
import type { MessageStateName, RelayFrame, UsersHere } from '../../proto/frames.js';
import { fromWireHeader } from '../wire-mappers.js';
import type { MessageHandover } from './message-handover.js';
import type { PeerRequests } from './peer-requests.js';
import type { RelayLink } from './relay-link.js';
import type { RingServices } from './ring.js';
import type { UserPushRelay } from './user-push-relay.js';

/** The parts of a RingNode that link frames reach. */
export interface LinkFrameTargets {
  services: RingServices;
  handover: MessageHandover;
  requests: PeerRequests;
  pushes: UserPushRelay;
  logger: Logger;
  usersArrived(link: RelayLink, usersHere: UsersHere): void;
}

/** Hands one frame from `link` to what it is for. */
export function handleLinkFrame(targets: LinkFrameTargets, link: RelayLink, frame: RelayFrame): void {
  const { services, handover } = targets;
  switch (frame.type) {
    case 'relayHeader': {
      const wire = frame.relayHeader.header;
      const header = wire && fromWireHeader(wire, link.peerId);
      if (!header) return;
      const source = handover.openMirror(link.peerId, header, frame.relayHeader.participantIds as UserId[], frame.relayHeader.replicate);
      targets.requests.fetched(header.id, source);
      return;
    }
    case 'chunk':
      handover.mirrorChunk(frame.chunk.messageId as MessageId, frame.chunk.seq, frame.chunk.payload, frame.chunk.receivedAtMs);
      return;
    case 'messageEnd': {
      const id = frame.messageEnd.messageId as MessageId;
      if (frame.messageEnd.state === 'MESSAGE_STATE_UNSPECIFIED') targets.requests.fetched(id, undefined);
      else handover.endMirror(id, frame.messageEnd.state);
      return;
    }
    case 'subscribe':
      void serve(targets, link, frame.subscribe.messageId as MessageId);
      return;
    case 'relayTimeline':
    case 'receipt':
    case 'listenMode':
      targets.pushes.received(frame, services);
      return;
    case 'sessionRevoked':
      services.accounts.revokedElsewhere(frame.sessionRevoked.tokenHash);
      return;
    case 'listening':
      services.listening.received(link.peerId, frame.listening);
      return;
    case 'conversationChanged':
      services.conversationChanged(frame.conversationChanged.conversationId as ConversationId);
      return;
    case 'replicaAck':
      if (frame.replicaAck.refused) handover.replicaRefused(link.peerId, frame.replicaAck.messageId as MessageId);
      else handover.replicaAcked(link.peerId, frame.replicaAck.messageId as MessageId, frame.replicaAck.durableCount);
      return;
    case 'takeover': {
      const messageId = frame.takeover.messageId as MessageId;
      const count = handover.handOver(messageId, link.peerId);
      // Not live here: the copy held here (a replica, a mirror) goes to the router taking the message over.
      const copied = count === undefined ? handover.relayCopy(messageId, link.peerId) : 0;
      link.sendNow({ ref: 0, type: 'takeoverDone', takeoverDone: { messageId, chunkCount: count ?? copied, handedOver: count !== undefined } });
      return;
    }
    case 'usersHere':
      targets.usersArrived(link, frame.usersHere);
      return;
    case 'takeoverDone': {
      const { messageId, chunkCount, handedOver } = frame.takeoverDone;
      targets.requests.tookOver(link.peerId, messageId, { handedOver, chunkCount });
      return;
    }
  }
}

/** Another router asked for a message: relay it (live or stored), or say it is not here. */
async function serve(targets: LinkFrameTargets, link: RelayLink, messageId: MessageId): Promise<void> {
  const found = await targets.handover.sourceForPeer(messageId).catch((err: unknown) => {
    targets.logger.warn({ err, messageId }, 'relay subscribe failed');
    return undefined;
  });
  if (!found) {
    const state: MessageStateName = 'MESSAGE_STATE_UNSPECIFIED';
    link.sendControl({ ref: 0, type: 'messageEnd', messageEnd: { messageId, chunkCount: 0, state } });
    return;
  }
  link.relay(found.source, found.participants);
}
