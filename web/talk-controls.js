// Hold-to-talk input: the button (pointer held, captured so sliding off
// does not end the message) and the space bar (outside text fields and
// other buttons). Releases when the window loses focus.

/**
 * @param {{ button: HTMLButtonElement, enabled: () => boolean, press: () => void, release: () => void,
 *   talking: () => boolean }} controls
 */
export function bindTalkControls({ button, enabled, press, release, talking }) {
  const down = () => {
    button.setAttribute('aria-pressed', 'true');
    press();
  };
  const up = () => {
    button.setAttribute('aria-pressed', 'false');
    release();
  };

  button.addEventListener('pointerdown', (event) => {
    button.setPointerCapture(event.pointerId);
    down();
  });
  for (const type of ['pointerup', 'pointercancel', 'lostpointercapture']) {
    button.addEventListener(type, up);
  }
  button.addEventListener('contextmenu', (event) => event.preventDefault());

  const spaceTalks = (event) => {
    if (event.code !== 'Space' || !enabled()) return false;
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return false;
    if (target instanceof HTMLButtonElement && target !== button) return false;
    return !target.isContentEditable;
  };
  document.addEventListener('keydown', (event) => {
    if (!spaceTalks(event)) return;
    event.preventDefault();
    if (!event.repeat) down();
  });
  document.addEventListener('keyup', (event) => {
    if (!spaceTalks(event)) return;
    event.preventDefault();
    up();
  });
  window.addEventListener('blur', () => {
    if (talking()) up();
  });
}
