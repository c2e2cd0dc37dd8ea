/**
 * The webhook's request: one JSON body per new message naming the offline
 * recipients, and its signature, `sha256=` + hex HMAC-SHA256 of the raw body
 * keyed with notifySecret (receivers recompute it over the bytes they got).
 */
import { createHmac } from 'node:crypto';
import type { MessageHeader } from '../../proto/frames.js';

/** The request header carrying the signature. */
export const SIGNATURE_HEADER = 'x-voxring-signature';

/** One recipient of a notification. */
export interface NotifyRecipient {
  userId: string;
  username: string;
}

/** The JSON POSTed for a new message. */
export interface NotifyPayload {
  event: 'message_new';
  recipients: NotifyRecipient[];
  /** The header as `GET /v1/messages/:id` answers it when the message is new: no receipts yet. */
  message: MessageHeader & { heard: []; delivered: [] };
}

/** The exact body stored in the outbox and sent (the signature covers these bytes). */
export function notificationBody(header: MessageHeader, recipients: readonly NotifyRecipient[]): string {
  const payload: NotifyPayload = {
    event: 'message_new',
    recipients: recipients.map(({ userId, username }) => ({ userId, username })),
    message: { ...header, heard: [], delivered: [] },
  };
  return JSON.stringify(payload);
}

/** The signature header's value for a body. */
export function signBody(body: string, secret: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}
