/**
 * This platform's WebSocket, Node: the `ws` package (Node 20 has no global
 * WebSocket). The browser bundle swaps this module for
 * `default-web-socket.browser.ts` (scripts/build-client.ts), so `ws` never
 * reaches a browser.
 */
import type { ClientRequest, IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import { VoxClientError } from './client-error.js';
import type { WebSocketFactory, WebSocketLike } from './web-socket.js';

/** ws, with the HTTP answer of a refused upgrade kept as a VoxClientError (HTTP_<status>, the body as its message). */
class NodeWebSocket extends WebSocket {
  refusal: VoxClientError | undefined;

  constructor(url: string, protocol: string, maxPayload: number) {
    super(url, protocol, { maxPayload });
    this.once('unexpected-response', (_req: ClientRequest, res: IncomingMessage) => this.refused(res));
  }

  private refused(res: IncomingMessage): void {
    const status = res.statusCode ?? 0;
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (text: string) => (body += text));
    res.on('end', () => {
      this.refusal = new VoxClientError(`HTTP_${status}`, body, status >= 500, status);
      // Aborts the handshake: `error`, then `close`, as for any failed connect.
      this.terminate();
    });
  }
}

export const defaultWebSocketFactory: WebSocketFactory = (url, protocol, { maxPayload }): WebSocketLike => new NodeWebSocket(url, protocol, maxPayload);
