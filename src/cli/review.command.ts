import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { parseCommandArgs } from './collect-inputs.ts';
import { runWithAppContext, type AppContext } from '../mail/app-context.ts';
import { getDraft, listDraftVersions, listReviewQueue, type StoredDraft } from '../store/drafts.repo.ts';
import { listAudit } from '../store/audit.repo.ts';
import { getCase, listCaseDeadlines } from '../store/cases.repo.ts';
import { getMessage } from '../store/messages.repo.ts';
import { renderDraft, renderQueueLine, renderVersions } from '../mail/review-view.ts';
import { applyEdit, approvalBlocker, approve, editableText, markDoneManually, reject, resolveUnconfirmed, retryFailed, type ActionResult, type ReviewDeps } from '../mail/review-actions.ts';
import { sanitizeLine } from '../mail/terminal-text.ts';

const usage = `usage: claimdesk review [--shop ID] [--as NAME]
       claimdesk review list [--json]
       claimdesk review show ID [--versions]
       claimdesk review approve ID [--force]
       claimdesk review edit ID
       claimdesk review reject ID --reason TEXT
       claimdesk review done ID
       claimdesk review confirm ID --sent | --not-sent
       claimdesk review retry ID

Without a sub-command: walks the drafts waiting for you, earliest deadline
first. Each is shown with its case, the evidence of its triage, its rule ids and
its compliance result; you approve it, edit it in $EDITOR (the edited text is
checked again), or reject it with a reason. Manual drafts (no-reply sender, web
form, automated mail) are pasted by hand and marked done. A send that a crash
interrupted is confirmed (it went out) or queued again (same Message-ID).
Every action lands in the audit log under your name. \`claimdesk send\` then
delivers what you approved.

options:
  --shop ID      the shop whose drafts to review (default: the first configured shop)
  --as NAME      your name in the audit log (default: CLAIMDESK_REVIEWER or your login)
  --force        approve although the compliance check fails (recorded in the audit log)
  --reason TEXT  why the draft is rejected
  --json         list as JSON lines
  --versions     with show: every version of the text, with its author
  -h, --help     show this help
`;

const out = (s: string) => process.stdout.write(s + '\n');

async function show(ctx: AppContext, shopId: string, d: StoredDraft): Promise<void> {
  const [kase, message, deadlines, history] = await Promise.all([
    getCase(ctx.db, shopId, d.caseId),
    getMessage(ctx.db, shopId, d.messageId),
    listCaseDeadlines(ctx.db, shopId, d.caseId),
    listAudit(ctx.db, shopId, { entity: 'draft', entityId: d.id }),
  ]);
  out(renderDraft({ draft: d, kase, message, deadlines, history }, new Date()));
}

/** Opens the draft in the editor, stores the result as a new version, reports the new check. */
async function editInEditor(ctx: AppContext, deps: ReviewDeps, shopId: string, d: StoredDraft, actor: string): Promise<ActionResult> {
  const file = join(tmpdir(), `claimdesk-draft-${d.id}-${randomBytes(4).toString('hex')}.txt`);
  await writeFile(file, editableText(d), { mode: 0o600 });
  try {
    const r = spawnSync(`${ctx.config.editor} "${file}"`, { shell: true, stdio: 'inherit' });
    if (r.status !== 0) return { ok: false, message: `the editor exited with ${r.status ?? r.signal}; draft unchanged` };
    const result = await applyEdit(deps, shopId, d.id, actor, await readFile(file, 'utf8'));
    if (result.ok && result.compliance) {
      const c = result.compliance;
      return { ok: true, message: `${result.message}; check: ${c.ok ? 'compliant' : c.violations.map((v) => `${v.rule} (${sanitizeLine(v.message)})`).join('; ')}` };
    }
    return result;
  } finally {
    await rm(file, { force: true });
  }
}

function parseId(raw: string | undefined): number {
  const id = Number(raw);
  if (!raw || !Number.isInteger(id) || id <= 0) throw new UsageError(`expected a draft id, got "${raw ?? ''}"`);
  return id;
}

async function interactive(ctx: AppContext, deps: ReviewDeps, shopId: string, actor: string): Promise<number> {
  const queue = await listReviewQueue(ctx.db, shopId);
  if (queue.length === 0) {
    out(`Nothing to review for shop ${shopId}.`);
    return 0;
  }
  out(`${queue.length} draft(s) to review for shop ${shopId}, earliest deadline first. Acting as ${actor}.`);
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | null> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    return next.done ? null : String(next.value).trim();
  };
  try {
    for (const { id } of queue) {
      for (;;) {
        const d = await getDraft(ctx.db, shopId, id);
        if (!d) break;
        out('');
        await show(ctx, shopId, d);
        const unconfirmed = d.state === 'sending' && d.needsConfirmation;
        const choices = unconfirmed
          ? '[c]onfirm it went out  [n]ot sent: send again'
          : d.state === 'failed'
            ? '[t]ry again  [e]dit  [r]eject'
            : d.delivery === 'manual'
              ? '[d]one (pasted by hand)  [e]dit  [r]eject'
              : '[a]pprove  [e]dit  [r]eject';
        const answer = await ask(`${choices}  [s]kip  [q]uit > `);
        if (answer === null || answer === 'q') return 0;
        let result: ActionResult | null = null;
        if (answer === 's' || answer === '') break;
        else if (answer === 'a' && !unconfirmed) {
          let force = false;
          const blocker = approvalBlocker(d);
          if (blocker && !d.compliance.ok && approvalBlocker(d, true) === null) {
            force = (await ask(`${blocker}\nApprove anyway? [y/N] > `)) === 'y';
            if (!force) continue;
          }
          result = await approve(deps, shopId, id, actor, force);
        } else if (answer === 'e' && !unconfirmed) result = await editInEditor(ctx, deps, shopId, d, actor);
        else if (answer === 'r' && !unconfirmed) {
          const reason = await ask('Reason for rejecting > ');
          if (reason === null) return 0;
          result = await reject(deps, shopId, id, actor, reason);
        } else if (answer === 'd') result = await markDoneManually(deps, shopId, id, actor);
        else if (answer === 't') result = await retryFailed(deps, shopId, id, actor);
        else if (answer === 'c' && unconfirmed) result = await resolveUnconfirmed(deps, shopId, id, actor, true);
        else if (answer === 'n' && unconfirmed) result = await resolveUnconfirmed(deps, shopId, id, actor, false);
        else {
          out(`"${sanitizeLine(answer)}" is not one of the choices.`);
          continue;
        }
        out(result.message);
        // After an edit the draft is shown again, to be approved as edited; otherwise on to the next.
        if (!(answer === 'e' && result.ok)) break;
      }
    }
    out('\nDone. `claimdesk send` delivers the approved drafts.');
    return 0;
  } finally {
    rl.close();
  }
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'approve, edit or reject pending drafts',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        shop: { type: 'string' },
        as: { type: 'string' },
        force: { type: 'boolean' },
        reason: { type: 'string' },
        json: { type: 'boolean' },
        sent: { type: 'boolean' },
        'not-sent': { type: 'boolean' },
        versions: { type: 'boolean' },
      },
      true,
    );
    const [sub, rawId, ...extra] = positionals;
    if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
    return runWithAppContext('review', async (ctx) => {
      const shopId = values.shop ?? ctx.config.shops[0]!.id;
      if (!ctx.ingest.shops.has(shopId)) throw new UsageError(`unknown shop "${shopId}"`);
      const actor = values.as ?? ctx.config.reviewer;
      const deps: ReviewDeps = { db: ctx.db, shops: ctx.ingest.shops };
      const report = (r: ActionResult) => {
        (r.ok ? process.stdout : process.stderr).write(r.message + '\n');
        return r.ok ? 0 : 1;
      };
      switch (sub) {
        case undefined:
          return interactive(ctx, deps, shopId, actor);
        case 'list': {
          const queue = await listReviewQueue(ctx.db, shopId);
          for (const d of queue) out(values.json ? JSON.stringify(d) : renderQueueLine(d, new Date()));
          return 0;
        }
        case 'show': {
          const d = await getDraft(ctx.db, shopId, parseId(rawId));
          if (!d) return report({ ok: false, message: `no draft ${rawId} in shop ${shopId}` });
          await show(ctx, shopId, d);
          if (values.versions) out('\n' + renderVersions(await listDraftVersions(ctx.db, d.id)));
          return 0;
        }
        case 'approve':
          return report(await approve(deps, shopId, parseId(rawId), actor, values.force ?? false));
        case 'reject':
          if (!values.reason) throw new UsageError('--reason is required to reject');
          return report(await reject(deps, shopId, parseId(rawId), actor, values.reason));
        case 'edit': {
          const d = await getDraft(ctx.db, shopId, parseId(rawId));
          if (!d) return report({ ok: false, message: `no draft ${rawId} in shop ${shopId}` });
          return report(await editInEditor(ctx, deps, shopId, d, actor));
        }
        case 'done':
          return report(await markDoneManually(deps, shopId, parseId(rawId), actor));
        case 'retry':
          return report(await retryFailed(deps, shopId, parseId(rawId), actor));
        case 'confirm':
          if (!values.sent === !values['not-sent']) throw new UsageError('say --sent (it went out) or --not-sent (send it again)');
          return report(await resolveUnconfirmed(deps, shopId, parseId(rawId), actor, values.sent === true));
        default:
          throw new UsageError(`unknown sub-command "${sub}"`);
      }
    });
  },
};
