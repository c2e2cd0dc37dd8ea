/**
 * One webhook request: POST the body with its signature, wait at most
 * `timeoutMs` for the status. No keep-alive (a fresh connection per request),
 * so a closed router leaves no socket behind.
 */
import http from 'node:http';
import https from 'node:https';
import { SIGNATURE_HEADER } from './notify-payload.js';

/** What became of one request: a status, or why there was none. */
export type WebhookOutcome = { ok: true; status: number } | { ok: false; status?: number; reason: string };

/** Posts a signed JSON body; 2xx is ok, anything else (another status, a refused connection, the timeout) is not. Never rejects. */
export function postWebhook(url: string, body: string, signature: string, timeoutMs: number): Promise<WebhookOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: WebhookOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const payload = Buffer.from(body, 'utf8');
    const request = (url.startsWith('https:') ? https : http).request(url, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': payload.length,
        [SIGNATURE_HEADER]: signature,
      },
    });
    const timer = setTimeout(() => {
      settle({ ok: false, reason: `no answer within ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    request.on('response', (res) => {
      const status = res.statusCode ?? 0;
      // The answer's body is not read: drained and dropped.
      res.resume();
      settle(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, reason: `status ${status}` });
    });
    request.on('error', (err: NodeJS.ErrnoException) => settle({ ok: false, reason: err.code ?? err.message }));
    request.end(payload);
  });
}
