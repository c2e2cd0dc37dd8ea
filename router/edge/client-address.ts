/**
 * The address a client is counted under by the rate limits and the caps on
 * connections still authenticating: the socket's peer, or with trustProxy
 * the last X-Forwarded-For entry. Only the last one is taken because a
 * proxy appends the peer it saw: entries before it are whatever the client
 * sent, and a limit keyed on them could be dodged by writing a new one each
 * time.
 */

/** Where a request or connection came from, as the transport saw it. */
export interface ClientOrigin {
  readonly remoteAddress: string;
  /** The X-Forwarded-For header of the request or upgrade, if any. */
  readonly forwardedFor?: string | undefined;
}

/** The origin of an HTTP request or upgrade (header names lower-case). */
export function originOf(req: { remoteAddress: string; headers: Readonly<Record<string, string>> }): ClientOrigin {
  return { remoteAddress: req.remoteAddress, forwardedFor: req.headers['x-forwarded-for'] };
}

/** The socket's address, or with `trustProxy` the last X-Forwarded-For entry when there is one. */
export function clientAddress(origin: ClientOrigin, trustProxy: boolean): string {
  if (!trustProxy || origin.forwardedFor === undefined) return origin.remoteAddress;
  const entries = origin.forwardedFor.split(',');
  const last = entries[entries.length - 1]?.trim() ?? '';
  return last === '' ? origin.remoteAddress : last;
}
