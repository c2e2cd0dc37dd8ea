// The open conversation's text box: sends on submit, keeps the text when sending fails.

/** @param {{ form: HTMLFormElement, input: HTMLInputElement, send: (text: string) => Promise<unknown>, onError: (err: Error) => void }} options */
export function bindTextForm({ form, input, send, onError }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    try {
      await send(text);
      input.value = '';
    } catch (err) {
      onError(err);
    }
  });
}
