/** Passwords in URLs (`scheme://user:secret@host`) hidden before a text is logged or printed. */

const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):[^@/?#\s]*@/gi;

/** The text with every URL password replaced by `***` (`postgres://app:***@db:5432/voxring`). */
export function redactUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, '$1:***@');
}
