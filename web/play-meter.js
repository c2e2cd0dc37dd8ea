// The listener's playback level: a meter (and a pulsing "playing" class)
// that follows what the player's AudioContext is playing right now, read
// from its analyser a few times a second while any stream plays.

const INTERVAL_MS = 80;

/** @param {{ meter: HTMLMeterElement, player: () => { level(): number } | null, debug: object }} options */
export function startPlayMeter({ meter, player, debug }) {
  const tick = () => {
    const peak = player()?.level() ?? 0;
    const level = Math.min(1, Math.sqrt(peak));
    meter.value = Math.max(level, meter.value * 0.8);
    if (meter.value < 0.01) meter.value = 0;
    meter.classList.toggle('playing', meter.value > 0);
    debug.maxPlayLevel = Math.max(debug.maxPlayLevel, level);
  };
  const timer = setInterval(tick, INTERVAL_MS);
  return () => clearInterval(timer);
}
