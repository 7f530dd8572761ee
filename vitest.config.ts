import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real servers (Dovecot, SMTP sink, PostgreSQL databases): give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/setup/global-setup.ts'],
  },
});
