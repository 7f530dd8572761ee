import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { parseCommandArgs } from './collect-inputs.ts';
import { runWithAppContext } from '../mail/app-context.ts';
import { collectStats } from '../store/stats.repo.ts';

const usage = `usage: claimdesk stats [--json] [--shop ID]

Counts in the database: messages (and how many are unparseable or automated),
cases, and drafts by state (pending, approved, edited, rejected, sending, sent,
failed). Without --shop, the whole deployment, with a per-shop breakdown.

options:
  --json      one JSON object on standard output
  --shop ID   only this shop
  -h, --help  show this help

environment: DATABASE_URL (default sqlite:./data/claimdesk.db), CLAIMDESK_CONFIG
`;

export const statsCommand: Command = {
  name: 'stats',
  summary: 'counts of messages, cases and drafts',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { json: { type: 'boolean' }, shop: { type: 'string' } });
    return runWithAppContext('stats', async (ctx) => {
      if (values.shop && !ctx.ingest.shops.has(values.shop)) throw new UsageError(`unknown shop "${values.shop}"`);
      const total = await collectStats(ctx.db, values.shop);
      const byShop: Record<string, Awaited<ReturnType<typeof collectStats>>> = {};
      if (!values.shop && ctx.config.shops.length > 1) {
        for (const s of ctx.config.shops) byShop[s.id] = await collectStats(ctx.db, s.id);
      }
      const result = { ...total, ...(values.shop ? { shop: values.shop } : {}), ...(Object.keys(byShop).length ? { shops: byShop } : {}) };
      if (values.json) {
        process.stdout.write(JSON.stringify(result) + '\n');
        return 0;
      }
      const d = total.drafts;
      process.stdout.write(
        [
          `messages     ${total.messages} (${total.unparseable} unparseable, ${total.automated} automated)`,
          `cases        ${total.cases}`,
          `drafts       ${d.total}: ${d.pending} pending, ${d.edited} edited, ${d.approved} approved, ${d.sending} sending, ` +
            `${d.sent} sent, ${d.failed} failed, ${d.rejected} rejected (${d.manual} manual, ${d.unconfirmed} to confirm)`,
          ...Object.entries(byShop).map(([id, s]) => `  ${id}: ${s.messages} messages, ${s.cases} cases, ${s.drafts.total} drafts`),
        ].join('\n') + '\n',
      );
      return 0;
    });
  },
};
