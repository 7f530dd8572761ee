/**
 * Retry-or-give-up decisions for IMAP reconnects and SMTP deliveries: pure,
 * with the randomness passed in so tables can test them.
 */

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/**
 * Exponential backoff with ±20 % jitter: attempt 1 waits about `baseMs`,
 * each next attempt twice as long, never more than `maxMs`.
 */
export function backoffDelay(attempt: number, { baseMs, maxMs }: BackoffOptions, random: number = Math.random()): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const jitter = 0.8 + 0.4 * Math.min(1, Math.max(0, random));
  return Math.round(Math.min(maxMs, exp * jitter));
}

/** What nodemailer puts on its errors (`code`, `responseCode`, `response`, `command`). */
export interface SmtpFailure {
  code?: string | undefined;
  responseCode?: number | undefined;
  response?: string | undefined;
  command?: string | undefined;
  message?: string | undefined;
}

export type FailureKind = { kind: 'temporary' | 'permanent'; reason: string };

/** Errors that are about our own settings: retrying the same message cannot help. */
const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ETLS', 'EREQUIRETLS', 'ECONFIG', 'EMAXRECIPIENTS']);
/** The connection went away or never came: the server did not refuse the message. */
const TEMPORARY_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EPROXY', 'EMAXLIMIT']);

/**
 * RFC 5321: a 4yz reply is transient, a 5yz reply permanent, except 503 (bad
 * sequence of commands: the session was in the wrong state, not the message
 * refused). Connection failures are temporary; our own misconfiguration
 * (authentication, TLS) is permanent. Unknown failures are temporary, bounded
 * by the number of attempts.
 */
export function classifySmtpFailure(err: SmtpFailure): FailureKind {
  const answer = (err.response ?? err.message ?? '').trim();
  const code = err.responseCode;
  if (code !== undefined && code >= 400 && code < 600) {
    if (code >= 500 && code !== 503) return { kind: 'permanent', reason: `server refused (${answer || code})` };
    return { kind: 'temporary', reason: `server deferred (${answer || code})` };
  }
  if (err.code && PERMANENT_CODES.has(err.code)) return { kind: 'permanent', reason: `${err.code}: ${answer}` };
  if (err.code && TEMPORARY_CODES.has(err.code)) return { kind: 'temporary', reason: `${err.code}: ${answer}` };
  return { kind: 'temporary', reason: answer || err.code || 'unknown delivery error' };
}

export type RetryDecision = { action: 'retry'; delayMs: number; reason: string } | { action: 'give-up'; reason: string };

/** After failed attempt number `attempt` (1-based): wait and retry, or mark the draft failed. */
export function decideDeliveryRetry(
  failure: FailureKind,
  attempt: number,
  options: BackoffOptions & { maxAttempts: number },
  random: number = Math.random(),
): RetryDecision {
  if (failure.kind === 'permanent') return { action: 'give-up', reason: failure.reason };
  if (attempt >= options.maxAttempts) return { action: 'give-up', reason: `${failure.reason}; gave up after ${attempt} attempts` };
  return { action: 'retry', delayMs: backoffDelay(attempt, options, random), reason: failure.reason };
}
