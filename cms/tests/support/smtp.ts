/**
 * A real SMTP server for the tests (the `smtp-server` package) on a free
 * port, with login required, that keeps what it receives and can be told to
 * be slow or to refuse.
 */
import { SMTPServer } from 'smtp-server';
import { freePort } from './cms';

export interface ReceivedMail {
  from: string;
  to: string[];
  user: string | undefined;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

/** `delayMs` holds the answer to the message, `loginDelayMs` the answer to the login before it. */
export type Behaviour = { kind: 'accept'; delayMs?: number; loginDelayMs?: number } | { kind: 'refuse' };

export interface SmtpServer {
  port: number;
  user: string;
  password: string;
  received: ReceivedMail[];
  behave(behaviour: Behaviour): void;
  /** Resolves with the first message matching, waiting up to `timeoutMs`. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

/** Headers (unfolded, lower-cased names) and body of a MIME entity. */
function splitEntity(entity: string): { headers: Record<string, string>; body: string } {
  const index = entity.search(/\r?\n\r?\n/);
  const head = index === -1 ? entity : entity.slice(0, index);
  const body = index === -1 ? '' : entity.slice(index).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeEncodedWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

/** The subject and the text and HTML parts of a message (enough MIME for what nodemailer sends). */
export function parseMail(raw: string): Pick<ReceivedMail, 'subject' | 'text' | 'html'> {
  const { headers, body } = splitEntity(raw);
  const parts: { type: string; content: string }[] = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const part = splitEntity(chunk.replace(/^\r?\n/, ''));
      parts.push({ type: part.headers['content-type'] ?? '', content: decodeBody(part.body, part.headers['content-transfer-encoding']) });
    }
  } else {
    parts.push({ type: headers['content-type'] ?? '', content: decodeBody(body, headers['content-transfer-encoding']) });
  }
  return {
    subject: decodeEncodedWords(headers.subject ?? ''),
    text: parts.find((part) => part.type.startsWith('text/plain'))?.content ?? '',
    html: parts.find((part) => part.type.startsWith('text/html'))?.content ?? '',
  };
}

export async function startSmtp(): Promise<SmtpServer> {
  const user = 'cms-mailer';
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const received: ReceivedMail[] = [];
  let behaviour: Behaviour = { kind: 'accept' };

  const server = new SMTPServer({
    // Plain connections on localhost: no TLS to negotiate, and login allowed without it.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      const delay = behaviour.kind === 'accept' ? (behaviour.loginDelayMs ?? 0) : 0;
      setTimeout(() => {
        if (auth.username === user && auth.password === password) return callback(null, { user });
        return callback(new Error('Invalid username or password'));
      }, delay);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const current = behaviour;
        if (current.kind === 'refuse') {
          return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        setTimeout(() => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            user: session.user as string | undefined,
            raw,
            ...parseMail(raw),
          });
          callback();
        }, current.delayMs ?? 0);
      });
    },
  });

  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  return {
    port,
    user,
    password,
    received,
    behave(next) {
      behaviour = next;
    },
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No matching email within ${timeoutMs} ms (received ${received.length})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
