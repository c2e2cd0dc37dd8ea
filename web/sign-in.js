// The sign-in card (log in or sign up) and the small "Log out" link in the
// top bar. The app supplies what happens after: entering with a session,
// leaving (and revoking it).

import { VoxringHttp } from './sdk/voxring-client.js';
import { storage } from './storage.js';

const $ = (id) => document.getElementById(id);

/** Shows the sign-in card with an optional message; the app view hides. */
export function showSignIn(message = '') {
  $('login-view').hidden = false;
  $('app-view').hidden = true;
  $('logout').hidden = true;
  $('me').textContent = '';
  $('login-error').textContent = message;
}

/**
 * @param {{ enter: (session: object) => Promise<void>, leave: () => Promise<void> }} app
 */
export function bindSignIn({ enter, leave }) {
  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const action = event.submitter?.value === 'signup' ? 'signup' : 'login';
    const username = form.username.value.trim().toLowerCase();
    $('login-error').textContent = '';
    try {
      const session = await new VoxringHttp(location.origin)[action](username, form.password.value);
      form.password.value = '';
      storage.setSession(session);
      await enter(session);
    } catch (err) {
      $('login-error').textContent = err.message;
    }
  });
  $('logout').addEventListener('click', () => void leave());
}
