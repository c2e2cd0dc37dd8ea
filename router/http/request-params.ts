/**
 * What the HTTP API reads from a request besides its body: the bearer token,
 * query parameters checked against their ranges (VOX_BAD_REQUEST naming
 * them), where an event stream resumes, and whether a path is the web app's.
 */
import { VoxError } from '../../common/errors.js';
import { isClientId } from '../../common/ids.js';
import type { HttpRequest } from '../edge/transport.js';

/** GET/HEAD outside the API namespace: the web app's files. */
export function isStaticPath(req: HttpRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return !req.path.startsWith('/v1/') && req.path !== '/v1' && req.path !== '/healthz';
}

export function bearer(req: HttpRequest): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new VoxError('VOX_AUTH_REQUIRED', 'send Authorization: Bearer <token>');
  return match[1];
}

export function deviceIdParam(req: HttpRequest): string {
  const deviceId = req.query.get('deviceId') ?? '';
  if (!isClientId(deviceId)) throw new VoxError('VOX_BAD_REQUEST', 'deviceId (query) must be 1-64 of [A-Za-z0-9_.:-]');
  return deviceId;
}

/** Where an event stream resumes: the Last-Event-ID header, else ?since=; neither: undefined (from now on). */
export function resumeCursor(req: HttpRequest): number | undefined {
  const raw = req.headers['last-event-id'] ?? req.query.get('since');
  if (raw === null || raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) {
    throw new VoxError('VOX_BAD_REQUEST', 'Last-Event-ID (or since) must be a cursor: an integer in 0..2^53-1');
  }
  return value;
}

export function intParam(req: HttpRequest, name: string, fallback: number, min: number, max: number): number {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VoxError('VOX_BAD_REQUEST', `${name} must be an integer in ${min}..${max}`);
  }
  return value;
}
