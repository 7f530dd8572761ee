import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { parseCommandArgs } from './collect-inputs.ts';
import { runWithAppContext } from '../mail/app-context.ts';
import { sendApprovedDrafts } from '../mail/send-drafts.ts';

const usage = `usage: claimdesk send [--shop ID] [--no-wait] [--json]

Delivers the drafts approved in \`claimdesk review\` over SMTP, each from the
mailbox of its shop, in its thread (In-Reply-To, References), to the address
resolved for it, and appends a copy to the Sent folder. A draft is sent once:
its Message-ID is fixed in advance and "sending" is recorded before the SMTP
call. A draft a crash left in "sending" is looked up in the Sent folder; if it
is not there, you confirm it in \`claimdesk review\` (nothing is resent blindly).

Temporary SMTP failures (4xx, connection lost) are retried with backoff; by
default this command waits for the retries. Permanent failures (5xx) mark the
draft failed with the server's answer.

options:
  --shop ID   only this shop's drafts
  --no-wait   do not wait for retries; a later run sends what is due
  --json      print the report as one JSON object on standard output
  -h, --help  show this help

environment: CLAIMDESK_CONFIG, DATABASE_URL, CLAIMDESK_SMTP_URL, CLAIMDESK_IMAP_URL (for the Sent folder)
`;

export const sendCommand: Command = {
  name: 'send',
  summary: 'send approved drafts over SMTP',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { shop: { type: 'string' }, 'no-wait': { type: 'boolean' }, json: { type: 'boolean' } });
    return runWithAppContext('send', async (ctx) => {
      if (values.shop && !ctx.ingest.shops.has(values.shop)) throw new UsageError(`unknown shop "${values.shop}"`);
      const report = await sendApprovedDrafts(
        {
          db: ctx.db,
          config: ctx.config,
          mailboxFor: (d) => ctx.mailboxFor(d.shopId, d.mailboxId),
          log: ctx.log.child({ module: 'mail.send' }),
        },
        { ...(values.shop ? { shopId: values.shop } : {}), waitForRetries: !values['no-wait'] },
      );
      const lines = [
        `sent ${report.sent.length}, deferred ${report.deferred.length}, failed ${report.failed.length}`,
        ...(report.recovered.length ? [`recovered after an interrupted run (found in the Sent folder): ${report.recovered.join(', ')}`] : []),
        ...(report.unconfirmed.length ? [`interrupted, to confirm in \`claimdesk review\`: ${report.unconfirmed.join(', ')}`] : []),
        ...(report.inFlight.length
          ? [`being sent by another run, or by one that stopped less than ${Math.round(ctx.config.send.staleAfterMs / 1000)} s ago (checked after that): ${report.inFlight.join(', ')}`]
          : []),
        ...report.skipped.map((s) => `not sent #${s.id}: ${s.reason}`),
      ];
      process.stderr.write(lines.join('\n') + '\n');
      if (values.json) process.stdout.write(JSON.stringify(report) + '\n');
      return report.failed.length || report.skipped.length ? 1 : 0;
    });
  },
};
