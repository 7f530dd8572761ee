/** Keeps the pure core pure: src/policies does no I/O and imports no adapter. */
module.exports = {
  forbidden: [
    {
      name: 'no-policies-to-adapters',
      comment: 'src/policies is the pure core: it must not import mail, jobs, bot, store, llm, cli or the config loader.',
      severity: 'error',
      from: { path: '^src/policies' },
      to: { path: '^src/(mail|jobs|bot|store|llm|cli)/|^src/config\\.ts$|^src/main\\.ts$' },
    },
    {
      name: 'no-policies-to-io-packages',
      comment: 'src/policies may use only pure libraries (zod). No Node built-ins that do I/O, no network, database or queue clients.',
      severity: 'error',
      from: { path: '^src/policies' },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^(node_modules/)?zod(/|$)',
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-bot-imports-bot-sdk',
      comment: 'The chat-bot SDK stays inside src/bot.',
      severity: 'error',
      from: { pathNot: '^src/bot' },
      to: { path: '@microsoft/agents' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
