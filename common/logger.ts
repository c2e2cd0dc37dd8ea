/** Structured logging: pino, one root per process, child loggers per component. */
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** Creates the root logger; `destination` defaults to stdout. */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: undefined, redact: ['token', 'password', '*.token', '*.password', 'notifySecret', '*.notifySecret'] },
    destination ?? pino.destination(1),
  );
}
