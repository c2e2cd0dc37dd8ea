// The "new conversation" form: usernames (comma or space separated, lower-cased) and a name.

/**
 * @param {{ form: HTMLFormElement, error: HTMLElement,
 *   create: (usernames: string[], name: string) => Promise<unknown> }} options
 */
export function bindCreateForm({ form, error, create }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const usernames = form.with.value
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((u) => u.toLowerCase());
    error.textContent = '';
    try {
      await create(usernames, form.name.value.trim());
      form.reset();
    } catch (err) {
      error.textContent = err.message;
    }
  });
}
