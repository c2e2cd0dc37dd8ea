/** The rates a `listen` may ask for (Listen.rate): multiples of real time; 0, the default, is unpaced. */
export const LISTEN_RATES: readonly number[] = [0, 1, 1.5, 2, 3];

/** True when `rate` is one of LISTEN_RATES. */
export function isListenRate(rate: number): boolean {
  return LISTEN_RATES.includes(rate);
}
