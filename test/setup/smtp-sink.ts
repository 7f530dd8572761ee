import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import { freePort } from './free-port.ts';

export interface SinkMessage {
  from: string;
  to: string[];
  raw: Buffer;
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
  subject: string | null;
}

/** What the sink answers to one delivery: accept, or an SMTP error code and text. */
export type SinkBehaviour = (attempt: { count: number; to: string[] }) => { code: number; message: string } | null;

export interface SmtpSink {
  port: number;
  url: string;
  messages: SinkMessage[];
  /** Delivery attempts that reached DATA, accepted or not. */
  attempts: number;
  setBehaviour(b: SinkBehaviour): void;
  byMessageId(id: string): SinkMessage[];
  stop(): Promise<void>;
}

function header(raw: Buffer, name: string): string | null {
  const head = raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded);
  return m ? m[1]!.trim() : null;
}

/** An smtp-server that records what it is sent and can be told to refuse (4xx, 5xx). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  let behaviour: SinkBehaviour = () => null;
  const sink: SmtpSink = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages: [],
    attempts: 0,
    setBehaviour(b) {
      behaviour = b;
    },
    byMessageId(id) {
      return sink.messages.filter((m) => m.messageId === id);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        sink.attempts++;
        const to = session.envelope.rcptTo.map((r: SMTPServerAddress) => r.address);
        const refusal = behaviour({ count: sink.attempts, to });
        if (refusal) {
          const err = new Error(refusal.message) as Error & { responseCode: number };
          err.responseCode = refusal.code;
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks);
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        sink.messages.push({
          from,
          to,
          raw,
          messageId: header(raw, 'Message-ID'),
          inReplyTo: header(raw, 'In-Reply-To'),
          references: header(raw, 'References'),
          subject: header(raw, 'Subject'),
        });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return sink;
}
