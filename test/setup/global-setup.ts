// Starts shared servers for integration tests when they are not already there.
// Integration helpers (Dovecot, SMTP sink, PostgreSQL, Redis) live in test/setup/.
export default async function globalSetup(): Promise<void | (() => Promise<void>)> {
  return undefined;
}
