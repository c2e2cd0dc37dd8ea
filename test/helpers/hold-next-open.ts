/** Holds a body store's next openWriter until the test releases it, as a slow disk would; a connection closed meanwhile. */
import type { BodyStore } from '../../body-store/body-store.js';
import type { Router } from '../../router/router.js';
import { connectionsAtMost } from './router-fixture.js';

export interface HeldOpen {
  /** Resolves once a start (or resume) called openWriter and waits in it. */
  reached: Promise<void>;
  /** Lets that openWriter go on. */
  release(): void;
}

/** The next openWriter of `bodies` waits for release(); later ones run as usual. */
export function holdNextOpen(bodies: BodyStore): HeldOpen {
  const original = bodies.openWriter.bind(bodies);
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered = (): void => {};
  const reached = new Promise<void>((resolve) => (entered = resolve));
  bodies.openWriter = async (id, options) => {
    bodies.openWriter = original;
    entered();
    await gate;
    return original(id, options);
  };
  return { reached, release };
}

/**
 * A client's connection closes while the router opens a body for it: `start`
 * sends what makes the router open one (a start or resume), `close` closes
 * the connection while that open is held, and once the router has seen the
 * close (`remaining` connections left) the open goes on without it.
 */
export async function closeWhileOpening(
  router: Router,
  start: () => void,
  close: () => void,
  remaining: number,
): Promise<void> {
  const held = holdNextOpen(router.bodies);
  start();
  await held.reached;
  close();
  await connectionsAtMost(router, remaining);
  held.release();
}
