import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Root logger: JSON lines on standard error (standard output belongs to command
 * results). Secrets are redacted wherever they appear in logged objects; log
 * message ids and database ids, never bodies.
 */
export function createLogger(level: string = 'info', destination: NodeJS.WritableStream | number = 2): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['pass', 'password', 'auth', '*.pass', '*.password', '*.auth', '*.*.pass', 'url', '*.url', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: true }) : destination,
  );
}

/** A logger that drops everything (tests that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
