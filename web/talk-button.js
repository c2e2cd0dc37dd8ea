// The hold-to-talk button's face: "Hold to talk" at rest; while held a
// talking state with the elapsed time (m:ss), and the microphone level
// meter. The button and the status line have fixed sizes in app.css, so
// the label changing never moves the layout.

import { bindTalkControls } from './talk-controls.js';

/** Elapsed time as m:ss. */
export function elapsed(ms) {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * @param {{ button: HTMLButtonElement, meter: HTMLMeterElement, enabled: () => boolean,
 *   press: () => void, release: () => void, talking: () => boolean, onLevel?: (level: number) => void }} options
 */
export function createTalkButton({ button, meter, enabled, press, release, talking, onLevel }) {
  const restLabel = button.textContent.trim();
  let startedAt = 0;
  let timer = 0;

  const paint = () => {
    const live = talking();
    button.dataset.talking = live ? 'true' : 'false';
    button.textContent = live ? `● Talking ${elapsed(Date.now() - startedAt)}` : startedAt ? 'Starting…' : restLabel;
  };
  const stop = () => {
    clearInterval(timer);
    timer = 0;
    startedAt = 0;
    paint();
  };

  bindTalkControls({
    button,
    enabled,
    press: () => {
      press();
      if (timer) return;
      startedAt = Date.now();
      timer = setInterval(paint, 250);
      paint();
    },
    release: () => {
      release();
      stop();
    },
    talking,
  });

  return {
    /** Level meter: rises at once, falls back slowly (a peak meter's ballistics). */
    showLevel(peak) {
      const level = Math.min(1, Math.sqrt(peak));
      meter.value = peak === 0 && !talking() ? 0 : Math.max(level, meter.value * 0.9);
      onLevel?.(level);
    },
  };
}
