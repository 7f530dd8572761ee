import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import type { Db } from '../store/database.ts';
import { caseIdsByMessageIds } from '../store/messages.repo.ts';
import { adoptOrder, casesByIds, createCase, findCaseByOrderKey, findCaseCandidates, touchCase } from '../store/cases.repo.ts';
import { chooseCase, orderKeyOf, referencedIds, relayAddressOf, type CaseRef } from './thread-match.ts';

export interface Placement {
  caseId: number;
  via: 'order' | 'reference' | 'relay' | 'new';
}

/**
 * Finds the candidate cases in the database and lets `chooseCase` decide.
 * Races between workers end on the unique (shop, order) index: whoever loses
 * joins the winner's case.
 */
export async function attachToCase(db: Db, shopId: string, mail: MailInput, triage: Triage | null, now: Date): Promise<Placement> {
  const orderKey = triage ? orderKeyOf(triage) : null;
  const relay = triage ? relayAddressOf(triage) : null;
  const category = triage && triage.category !== 'general' ? triage.category : null;

  const refs = referencedIds(mail);
  const refCaseIds = await caseIdsByMessageIds(db, shopId, refs);
  const orderedIds = [...new Set(refs.map((r) => refCaseIds.get(r)).filter((v): v is number => v !== undefined))];
  const refCases = await casesByIds(db, shopId, orderedIds);
  const referenced = orderedIds.map((id) => refCases.get(id)).filter((c): c is CaseRef => !!c);
  const { byOrder, byRelay } = await findCaseCandidates(db, shopId, orderKey, relay);

  const choice = chooseCase(orderKey, { referenced, byOrder, byRelay });
  if (choice.kind === 'existing') {
    let caseId = choice.caseId;
    let via: Placement['via'] = choice.via;
    if (choice.adoptOrderKey && triage?.order_id) {
      const adopted = await adoptOrder(db, shopId, caseId, choice.adoptOrderKey, triage.order_id, triage.marketplace);
      if (!adopted) {
        const owner = await findCaseByOrderKey(db, shopId, choice.adoptOrderKey);
        if (!owner) throw new Error(`case ${caseId} could not adopt order ${choice.adoptOrderKey} and no case has it`);
        caseId = owner.id;
        via = 'order';
      }
    }
    await touchCase(db, caseId, now, { relayAddress: relay, category });
    return { caseId, via };
  }

  const created = await createCase(db, {
    shopId,
    marketplace: triage?.marketplace ?? null,
    orderId: orderKey ? (triage?.order_id ?? null) : null,
    orderKey,
    relayAddress: relay,
    subject: mail.subject,
    category: triage?.category ?? null,
    at: now,
  });
  if (created !== null) return { caseId: created, via: 'new' };
  const owner = orderKey ? await findCaseByOrderKey(db, shopId, orderKey) : null;
  if (!owner) throw new Error('case creation conflicted but no case holds the order');
  await touchCase(db, owner.id, now, { relayAddress: relay, category });
  return { caseId: owner.id, via: 'order' };
}
