import type { DraftVersion, StoredDraft } from '../store/drafts.repo.ts';
import type { StoredCase, StoredDeadline } from '../store/cases.repo.ts';
import type { StoredMessage } from '../store/messages.repo.ts';
import type { AuditRecord } from '../store/audit.repo.ts';
import { sanitizeForTerminal as clean, sanitizeLine as line } from './terminal-text.ts';

/**
 * What `claimdesk review` prints. Everything that came from a mail (and the
 * drafts, which quote mail: names, products) is untrusted and goes through the
 * terminal sanitizer; nothing here writes to the terminal itself.
 */

export function formatDue(dueAt: string | null, now: Date): string {
  if (!dueAt) return 'no deadline';
  const ms = Date.parse(dueAt) - now.getTime();
  const hours = Math.round(Math.abs(ms) / 3_600_000);
  const rel = hours < 1 ? 'within the hour' : hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
  return `${dueAt.replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC')} (${ms < 0 ? `overdue by ${rel}` : `in ${rel}`})`;
}

function recipient(d: StoredDraft): string {
  if (d.delivery === 'manual') return `${d.recipientRole}: MANUAL, not sent by mail (${line(d.manualReason ?? '')})`;
  return `${d.recipientRole} <${line(d.toAddress ?? '')}>`;
}

function status(d: StoredDraft): string {
  if (d.state === 'sending' && d.needsConfirmation) return `INTERRUPTED: ${line(d.lastError ?? 'the send was interrupted')}`;
  if (d.state === 'failed') return `FAILED: ${line(d.lastError ?? '')}`;
  return d.state;
}

export function renderVersions(versions: DraftVersion[]): string {
  return versions
    .map((v) => `── version ${v.version} by ${line(v.author)} at ${v.createdAt} · ${v.compliance.ok ? 'compliant' : v.compliance.violations.map((x) => line(x.rule)).join(', ')}\nSubject: ${line(v.subject)}\n\n${clean(v.body).replace(/\n+$/, '')}`)
    .join('\n\n');
}

export function renderQueueLine(d: StoredDraft, now: Date): string {
  const state = d.state === 'sending' ? 'to confirm' : d.state;
  return `#${d.id}  ${state.padEnd(10)} ${formatDue(d.dueAt, now).padEnd(44)} ${d.delivery === 'manual' ? 'manual ' : ''}${d.recipientRole.padEnd(8)} ${line(d.subject).slice(0, 60)}`;
}

export interface DraftView {
  draft: StoredDraft;
  kase: StoredCase | undefined;
  message: StoredMessage | undefined;
  deadlines: StoredDeadline[];
  /** The draft's audit trail: who created, edited, approved, sent it. */
  history: AuditRecord[];
}

export function renderDraft({ draft: d, kase, message, deadlines, history }: DraftView, now: Date): string {
  const out: string[] = [];
  out.push(`━━ Draft #${d.id} · ${status(d)} · version ${d.version} · due ${formatDue(d.dueAt, now)}`);
  if (kase) {
    const order = kase.orderId ? `order ${line(kase.orderId)}` : 'no order';
    out.push(`Case     #${kase.id} · ${kase.marketplace ?? 'no marketplace'} · ${order} · ${kase.category ?? 'uncategorised'} · ${kase.messageCount} message(s)`);
    out.push(`         ${line(kase.subject)}`);
  }
  for (const dl of deadlines) out.push(`Deadline ${dl.rule}: ${formatDue(dl.dueAt, now)}${dl.label ? ` · ${line(dl.label)}` : ''}`);
  if (message) {
    const from = message.mail?.from ? `${line(message.mail.from.name)} <${line(message.mail.from.address)}>` : '(no sender)';
    out.push(`Mail     #${message.id} from ${from} · ${message.sentAt ?? 'no date'}${message.automated ? ' · AUTOMATED (RFC 3834)' : ''}`);
    out.push(`         Subject: ${line(message.subject)}`);
    const t = message.triage;
    if (t) {
      out.push(
        `Triage   ${t.sender} · ${t.marketplace ?? 'no marketplace'} · ${t.category} · ${t.language} · order ${line(t.order_id ?? '-')} · ` +
          `tracking ${line(t.tracking_number ?? '-')} · request ${t.platform_request ?? '-'} · confidence ${t.confidence.toFixed(2)}`,
      );
      if (t.facts.summary) out.push(`Summary  ${line(t.facts.summary).slice(0, 400)}`);
      for (const e of t.evidence.slice(0, 12)) {
        out.push(`  why    ${e.field}: ${line(e.reason)}${e.text ? ` «${line(e.text).slice(0, 80)}»` : ''} (${e.source})`);
      }
    }
  }
  for (const a of message?.decision?.actions ?? []) out.push(`Action   ${line(a.text)} (${line(a.rule)})`);
  if (d.purpose) out.push(`Purpose  ${line(d.purpose)}`);
  out.push(`To       ${recipient(d)}`);
  for (const a of d.attachments) out.push(`Attach   ${line(a)}`);
  out.push(`Rules    ${d.rules.length ? d.rules.map(line).join(', ') : '-'}${d.source ? ` · from ${line(d.source)}` : ''}`);
  if (d.compliance.ok) out.push('Check    compliant');
  for (const v of d.compliance.violations) out.push(`Check    ✗ ${line(v.rule)}: ${line(v.message)}${v.excerpt ? ` «${line(v.excerpt)}»` : ''}`);
  for (const h of history) out.push(`History  ${h.at.replace('T', ' ').slice(0, 16)} ${h.action.replace(/^draft\./, '')} by ${line(h.actor)}${h.detail['reason'] ? `: ${line(String(h.detail['reason']))}` : ''}`);
  out.push(`Subject  ${line(d.subject)}`);
  out.push('───────────────────────────────────────────────');
  out.push(clean(d.body).replace(/\n+$/, ''));
  out.push('───────────────────────────────────────────────');
  return out.join('\n');
}
