import type { CaseDecision } from '../case-decision.schemas.ts';
import { formatLocal, marketZone } from '../deadlines.ts';

/**
 * A case decision as a short text block for a terminal (the sample-mailbox run,
 * the review screen). Pure: the caller prints it. Lines are plain text; the
 * caller escapes terminal control characters if it shows untrusted text around it.
 */
export interface RenderOptions {
  /** Which marketplace's local time to show deadlines in (Paris for Rakuten, Hong Kong for Yoho). */
  marketplace?: string | null;
  /** Show the draft bodies (default) or only their first line. */
  full?: boolean;
  /** Indent of every line. */
  indent?: string;
}

const SEND_LABEL: Record<string, string> = { approval: 'needs approval', auto: 'sent automatically', never: 'write it yourself' };

export function renderDecision(d: CaseDecision, opts: RenderOptions = {}): string {
  const pad = opts.indent ?? '';
  const zone = marketZone(opts.marketplace ?? null);
  const out: string[] = [];
  if (d.summary) out.push(d.summary);
  if (d.flags.length) out.push(`flags: ${d.flags.join(', ')}`);
  for (const n of d.notes ?? []) out.push(`note: ${n}`);
  for (const a of d.actions) out.push(`action [${a.rule}]: ${a.text}`);
  for (const dl of d.deadlines) {
    const warn = dl.warnAt ? `, warn ${formatLocal(dl.warnAt, zone)}` : '';
    out.push(`deadline [${dl.rule}]: ${formatLocal(dl.due, zone)} ${zone === 'Asia/Hong_Kong' ? 'HKT' : 'Paris'}${warn}${dl.label ? ` – ${dl.label}` : ''}`);
  }
  d.drafts.forEach((dr, i) => {
    const where = dr.address ? ` → ${dr.address}` : dr.via === 'contact_form' ? ' → contact form' : dr.via === 'marketplace_messaging' ? ' → marketplace messaging' : '';
    out.push(`draft ${i + 1} to ${dr.to} (${dr.language}, ${SEND_LABEL[dr.send] ?? dr.send})${where}${dr.purpose ? ` – ${dr.purpose}` : ''}`);
    out.push(`  rules: ${dr.rules.join(', ')}`);
    if (dr.attachments?.length) out.push(`  attach: ${dr.attachments.join('; ')}`);
    out.push(`  subject: ${dr.subject}`);
    // Compact view: the first line after the greeting.
    const lines = dr.body.split('\n');
    const body = opts.full === false ? [lines.slice(1).find((l) => l.trim()) ?? lines[0] ?? ''] : lines;
    for (const line of body) out.push(`  | ${line}`);
  });
  const c = d.compliance;
  out.push(c.ok ? 'compliance: ok' : `compliance: ${c.violations.length} violation(s)`);
  for (const v of c.violations) out.push(`  ✗ draft ${v.draft + 1} [${v.rule}] ${v.message}${v.excerpt ? ` – “${v.excerpt}”` : ''}`);
  for (const w of c.warnings ?? []) out.push(`  ! draft ${w.draft + 1} [${w.rule}] ${w.message}`);
  return out.map((l) => pad + l).join('\n');
}
