/**
 * The uWebSockets.js front the uWS baselines share (uws-relay.ts, and
 * broker-relay.ts in front of a broker): the relay route with its options and
 * subprotocol choice, and the listen that prints the line the bench waits for.
 * Each baseline says what publishing and subscribing mean (`socketFor`).
 */
import uWS from '@trufflesuite/uws-js-unofficial';
import { SUBPROTOCOL_PROTO } from '../../proto/frames.js';
import {
  handleRelayMessage,
  newRelayState,
  portFromArgs,
  RELAY_PATH,
  type RelaySocket,
  type RelayState,
} from './relay-protocol.js';

interface UserData {
  state: RelayState;
}

export type RelayWebSocket = uWS.WebSocket<UserData>;

/** A uWS app serving the relay protocol on RELAY_PATH; `socketFor` is asked per message (it is cheap: a few closures). */
export function relayApp(
  socketFor: (ws: RelayWebSocket, app: uWS.TemplatedApp) => RelaySocket,
): uWS.TemplatedApp {
  const app = uWS.App();
  app.ws<UserData>(RELAY_PATH, {
    maxPayloadLength: 64 * 1024,
    idleTimeout: 0,
    maxBackpressure: 0,
    upgrade: (res, req, context) => {
      const offered = req
        .getHeader('sec-websocket-protocol')
        .split(',')
        .map((p) => p.trim());
      res.upgrade<UserData>(
        { state: newRelayState() },
        req.getHeader('sec-websocket-key'),
        offered.includes(SUBPROTOCOL_PROTO) ? SUBPROTOCOL_PROTO : '',
        req.getHeader('sec-websocket-extensions'),
        context,
      );
    },
    // The ArrayBuffer is uWS's receive buffer, valid during this call only.
    message: (ws, message) =>
      handleRelayMessage(socketFor(ws, app), ws.getUserData().state, new Uint8Array(message)),
  });
  return app;
}

/** Listens on the port the command line names (--port, else any) and prints the ready line. */
export async function listenRelay(app: uWS.TemplatedApp): Promise<uWS.us_listen_socket> {
  const socket = await new Promise<uWS.us_listen_socket>((resolve, reject) =>
    app.listen('127.0.0.1', portFromArgs(process.argv), (listening) =>
      listening ? resolve(listening) : reject(new Error('cannot listen')),
    ),
  );
  console.log(`relay listening on ws://127.0.0.1:${uWS.us_socket_local_port(socket)}${RELAY_PATH}`);
  return socket;
}
