/**
 * The WebSocket paths a router upgrades, with what each is for: the HTTP
 * API's OpenAPI document names them in its description (OpenAPI has no
 * WebSocket paths), and it is built from these so it cannot name a stale one.
 */
import { LINK_PATH } from './cluster/relay-link.js';
import { NATIVE_PATH } from './native/native-door.js';
import { ZELLO_PATH } from './zello/zello-door.js';

/** One WebSocket door, as the API documentation presents it. */
export interface WebSocketDoor {
  readonly path: string;
  readonly description: string;
}

export const WEB_SOCKET_DOORS: readonly WebSocketDoor[] = [
  {
    path: NATIVE_PATH,
    description:
      'the voxring protocol: ClientFrame / ServerFrame of proto/voxring.proto, binary protobuf (subprotocol voxring.v1.proto) or JSON (voxring.v1.json); authenticated by the hello frame with a session token',
  },
  { path: ZELLO_PATH, description: 'the Zello Channel API (README "Zello clients"): Zello clients log on with a voxring username and password' },
  { path: LINK_PATH, description: 'relay links between the routers of a ring (RelayFrame), with the cluster secret; not for clients' },
];
