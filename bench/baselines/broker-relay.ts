#!/usr/bin/env node
/**
 * Baseline: a persisted relay. The uWS front of uws-relay.ts (same protocol
 * subset, relay-protocol.ts), but every frame a talker sends goes through a
 * broker that stores it first, and listeners get what the broker delivers:
 *
 *   talker ─ws→ relay ─publish→ broker (persists, acks) ─deliver→ relay ─ws→ listeners
 *
 * `--broker jetstream|redis-streams --url URL [--port N]`. Prints
 * `relay listening on ws://127.0.0.1:PORT/v1/ws` once its broker connection
 * is ready; stops on SIGINT/SIGTERM. Publish and delivery failures are
 * counted and printed to stderr (the generator sees them as loss).
 */
import uWS from '@trufflesuite/uws-js-unofficial';
import type { DeliverFn, FailFn, RelayBroker } from './relay-broker.js';
import { listenRelay, relayApp } from './uws-relay-app.js';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function connectBroker(kind: string | undefined, url: string, deliver: DeliverFn, fail: FailFn): Promise<RelayBroker> {
  if (kind === 'jetstream') return (await import('./jetstream-broker.js')).JetStreamBroker.connect(url, deliver, fail);
  if (kind === 'redis-streams') return (await import('./redis-streams-broker.js')).RedisStreamsBroker.connect(url, deliver, fail);
  throw new Error(`--broker must be jetstream or redis-streams, got ${kind}`);
}

async function main(): Promise<void> {
  const url = argument('--url');
  if (!url) throw new Error('--url is required');
  let failures = 0;
  const fail: FailFn = (err) => {
    // One line per power of two, so a failing broker cannot flood the bench's output.
    if ((++failures & (failures - 1)) === 0) console.error(`broker-relay: ${failures} broker failures, latest: ${err instanceof Error ? err.message : String(err)}`);
  };
  // Messages come only once listening, after the broker is connected.
  const to: { broker?: RelayBroker } = {};
  const app = relayApp((ws) => ({
    send: (bytes) => void ws.send(bytes, true),
    subscribe: (topic) => {
      ws.subscribe(topic);
      to.broker?.follow(topic).catch(fail);
    },
    // uWS's receive buffer is valid during this call only: the broker gets a copy.
    publish: (topic, bytes) => to.broker?.publish(topic, bytes.slice()),
  }));
  const broker = await connectBroker(
    argument('--broker'),
    url,
    (topic, bytes) => void app.publish(topic, bytes, true),
    fail,
  );
  to.broker = broker;
  const listenSocket = await listenRelay(app);
  const stop = (): void => {
    uWS.us_listen_socket_close(listenSocket);
    void broker.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`broker-relay: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
