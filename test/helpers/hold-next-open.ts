/** Holds a body store's next openWriter until the test releases it, as a slow disk would. */
import type { BodyStore } from '../../body-store/body-store.js';

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
