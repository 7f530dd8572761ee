import { afterEach, describe, expect, inject, it } from 'vitest';
import { createMailUser } from '../setup/dovecot.ts';
import { addDraftFor, buildMail, dbKinds, setupEnv, type TestEnv } from '../setup/harness.ts';
import { startSmtpSink } from '../setup/smtp-sink.ts';
import { syncMailboxOnce } from '../../src/mail/imap-watch.ts';
import { attachToCase } from '../../src/mail/attach-to-case.ts';
import { sendApprovedDrafts } from '../../src/mail/send-drafts.ts';
import { approve } from '../../src/mail/review-actions.ts';
import { silentLogger } from '../../src/mail/logger.ts';
import { mailInputSchema } from '../../src/policies/mail-input.schemas.ts';
import { triageFactsSchema, type Triage } from '../../src/policies/triage.schemas.ts';
import { getDraft, listReviewQueue } from '../../src/store/drafts.repo.ts';
import { getCase } from '../../src/store/cases.repo.ts';
import { collectStats } from '../../src/store/stats.repo.ts';
import { getSetting, putSetting } from '../../src/store/shops.repo.ts';

const log = silentLogger();

function mail(messageId: string, inReplyTo: string | null = null) {
  return mailInputSchema.parse({ from: { address: 'b@example.org', name: '' }, date: null, messageId, inReplyTo, references: inReplyTo ? [inReplyTo] : [], subject: 's' });
}

function triage(orderId: string | null, replyAddress: string | null = null): Triage {
  return {
    sender: 'buyer',
    marketplace: 'rakuten_fr',
    category: 'non_recu',
    language: 'fr',
    order_id: orderId,
    tracking_number: null,
    platform_request: null,
    deadline_hours: null,
    confidence: 1,
    evidence: [],
    facts: triageFactsSchema.parse({ replyAddress }),
  };
}

async function caseOfMessage(env: TestEnv, messageIdHeader: string): Promise<number | null> {
  const r = await env.ctx.db.selectFrom('messages').select('case_id').where('message_id', '=', messageIdHeader).executeTakeFirst();
  return r?.case_id ?? null;
}

describe.each(dbKinds)('threading and shops on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('threads replies by In-Reply-To / References, including replies to our own sent reply', async () => {
    const sink = await startSmtpSink();
    cleanups.push(() => sink.stop());
    const user = await createMailUser(inject('dovecot'));
    const env = await setupEnv(kind, { mailboxes: [{ user }], smtpPort: sink.port });
    cleanups.push(env.cleanup);
    const sync = () => syncMailboxOnce(env.ctx.ingest, [env.ref()], env.config.ingest, log);

    await user.deliver(buildMail({ messageId: '<t1@buyer.test>', subject: 'Question about my parcel', body: 'Hello, where is my parcel?' }));
    await user.deliver(buildMail({ messageId: '<t2@buyer.test>', subject: 'Re: Question about my parcel', inReplyTo: '<t1@buyer.test>', references: ['<t1@buyer.test>'], body: 'Any news?' }));
    await user.deliver(buildMail({ messageId: '<other@buyer.test>', subject: 'Another question', body: 'Do you sell blue lamps?' }));
    await sync();
    const c1 = await caseOfMessage(env, '<t1@buyer.test>');
    expect(c1).not.toBeNull();
    expect(await caseOfMessage(env, '<t2@buyer.test>')).toBe(c1);
    expect(await caseOfMessage(env, '<other@buyer.test>')).not.toBe(c1);

    // We answer t2; the buyer answers our reply only.
    const t2 = await env.ctx.db.selectFrom('messages').select('id').where('message_id', '=', '<t2@buyer.test>').executeTakeFirstOrThrow();
    const draftId = await addDraftFor(env, 'shop-a', t2.id, { address: 'claire.martin@example.org' });
    await approve({ db: env.ctx.db, shops: env.ctx.ingest.shops }, 'shop-a', draftId, 'alice');
    await sendApprovedDrafts({ db: env.ctx.db, config: env.config, mailboxFor: (d) => env.ctx.mailboxFor(d.shopId, d.mailboxId), log });
    const ours = (await getDraft(env.ctx.db, 'shop-a', draftId))!.outgoingMessageId;
    expect(sink.messages[0]!.references).toBe('<t1@buyer.test> <t2@buyer.test>');
    await user.deliver(buildMail({ messageId: '<t3@buyer.test>', subject: 'Re: Re: Question', inReplyTo: ours, references: [ours], body: 'Thanks!' }));
    await sync();
    expect(await caseOfMessage(env, '<t3@buyer.test>')).toBe(c1);
  });

  it('keeps one case per order: an order joins its case, a reply naming another order opens a new one', async () => {
    const env = await setupEnv(kind);
    cleanups.push(env.cleanup);
    const db = env.ctx.db;
    const at = new Date();
    const place = async (id: string, t: Triage, inReplyTo: string | null = null) => {
      const p = await attachToCase(db, 'shop-a', mail(id, inReplyTo), t, at);
      await db
        .insertInto('messages')
        .values({ shop_id: 'shop-a', dedup_key: id, raw_sha256: id, raw: Buffer.from(id), size: 1, message_id: id, in_reply_to: inReplyTo, references_json: '[]', subject: 's', from_address: null, sent_at: null, status: 'ok', parse_code: null, parse_error: null, mail_json: null, triage_json: null, decision_json: null, automated: 0, case_id: p.caseId, created_at: at.toISOString() })
        .execute();
      return p;
    };
    const x = await place('<x@t>', triage('111'));
    const y = await place('<y@t>', triage('222'), '<x@t>');
    const z = await place('<z@t>', triage('111'));
    expect(y.caseId).not.toBe(x.caseId);
    expect(z).toEqual({ caseId: x.caseId, via: 'order' });

    const relay = 'acheteur-9-aa@fr.shopping.rakuten.com';
    const r1 = await place('<r1@t>', triage(null, relay));
    const r2 = await place('<r2@t>', triage('333', relay));
    const r3 = await place('<r3@t>', triage('444', relay));
    expect(r2).toEqual({ caseId: r1.caseId, via: 'relay' });
    expect((await getCase(db, 'shop-a', r1.caseId))?.orderId).toBe('333');
    expect(r3.caseId).not.toBe(r1.caseId);

    // Two writers meeting a new order at once end up in one case.
    const both = await Promise.all([attachToCase(db, 'shop-a', mail('<p1@t>'), triage('555'), at), attachToCase(db, 'shop-a', mail('<p2@t>'), triage('555'), at)]);
    expect(both[0].caseId).toBe(both[1].caseId);
    const orders = await db.selectFrom('cases').select('order_id').where('order_id', 'is not', null).orderBy('order_id').execute();
    expect(orders.map((o) => o.order_id)).toEqual(['111', '222', '333', '444', '555']);
  });

  it('keeps shops apart: one mail to two shops is two messages; drafts are only seen and sent by their shop', async () => {
    const sink = await startSmtpSink();
    cleanups.push(() => sink.stop());
    const dv = inject('dovecot');
    const userA = await createMailUser(dv);
    const userB = await createMailUser(dv);
    const shared = buildMail({ messageId: '<same@buyer.test>', subject: 'Question', body: 'Is this in stock?' });
    await userA.deliver(shared);
    await userB.deliver(shared);
    const env = await setupEnv(kind, {
      shops: [
        { id: 'shop-a', name: 'Shop A' },
        { id: 'shop-b', name: 'Shop B' },
      ],
      mailboxes: [
        { user: userA, shop: 'shop-a' },
        { user: userB, shop: 'shop-b' },
      ],
      smtpPort: sink.port,
    });
    cleanups.push(env.cleanup);
    await syncMailboxOnce(env.ctx.ingest, [env.ref(0)], env.config.ingest, log);
    await syncMailboxOnce(env.ctx.ingest, [env.ref(1)], env.config.ingest, log);
    expect((await collectStats(env.ctx.db, 'shop-a')).messages).toBe(1);
    expect((await collectStats(env.ctx.db, 'shop-b')).messages).toBe(1);

    const idOf = async (shop: string) => (await env.ctx.db.selectFrom('messages').select('id').where('shop_id', '=', shop).executeTakeFirstOrThrow()).id;
    const draftA = await addDraftFor(env, 'shop-a', await idOf('shop-a'), { address: 'claire.martin@example.org' });
    const draftB = await addDraftFor(env, 'shop-b', await idOf('shop-b'), { address: 'claire.martin@example.org' });
    const review = { db: env.ctx.db, shops: env.ctx.ingest.shops };
    expect((await listReviewQueue(env.ctx.db, 'shop-a')).map((d) => d.id)).toEqual([draftA]);
    expect(await getDraft(env.ctx.db, 'shop-a', draftB)).toBeUndefined();
    expect((await approve(review, 'shop-a', draftB, 'alice')).ok).toBe(false);
    expect((await approve(review, 'shop-b', draftB, 'bea')).ok).toBe(true);
    expect((await approve(review, 'shop-a', draftA, 'alice')).ok).toBe(true);

    await sendApprovedDrafts({ db: env.ctx.db, config: env.config, mailboxFor: (d) => env.ctx.mailboxFor(d.shopId, d.mailboxId), log });
    await putSetting(env.ctx.db, 'shop-a', 'signature', 'A', new Date());
    await putSetting(env.ctx.db, 'shop-b', 'signature', 'B', new Date());
    await putSetting(env.ctx.db, 'shop-b', 'signature', 'B2', new Date());
    expect([await getSetting(env.ctx.db, 'shop-a', 'signature'), await getSetting(env.ctx.db, 'shop-b', 'signature')]).toEqual(['A', 'B2']);
    const sentA = (await getDraft(env.ctx.db, 'shop-a', draftA))!;
    const sentB = (await getDraft(env.ctx.db, 'shop-b', draftB))!;
    expect(sink.byMessageId(sentA.outgoingMessageId).map((m) => m.from)).toEqual([userA.address]);
    expect(sink.byMessageId(sentB.outgoingMessageId).map((m) => m.from)).toEqual([userB.address]);
  });
});
