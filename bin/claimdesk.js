#!/usr/bin/env node
// Node >= 22.18 / 24 runs the TypeScript sources directly (type stripping): no build step.
import module from 'node:module';

// Keeps compiled, type-stripped modules on disk (in the OS temporary folder): a command
// starts in about half the time from the second run on. Without a writable cache it just
// compiles as before.
module.enableCompileCache?.();
await import('../src/cli/main.ts');
