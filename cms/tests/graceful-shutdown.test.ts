/**
 * SIGTERM in the middle of a burst of comments: the CMS stops listening,
 * finishes and answers the requests it has (each comment being saved is saved
 * and answered 201), and exits by itself. A request that arrives after it
 * stopped listening is refused; none is cut off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { articleId, commentFields, commentRows, formToken, postComment, sql, unique } from './support/comments';
import type { Reply } from './support/http';
import { startSmtp, type SmtpServer } from './support/smtp';

const MODERATOR = 'moderator@example.com';
let smtp: SmtpServer;
let cms: Cms;
let article: string;
let token: string;

beforeAll(async () => {
  smtp = await startSmtp();
  cms = await startCms({
    env: {
      COMMENT_MIN_FILL_SECONDS: '0',
      COMMENT_FLOOD_SECONDS: '0',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_USER: smtp.user,
      SMTP_PASSWORD: smtp.password,
      SMTP_FROM: 'Clinic CMS <cms@clinic.example>',
    },
  });
  article = await articleId(cms);
  token = await formToken(cms);
});

afterAll(async () => {
  await cms?.destroy();
  await smtp?.close();
});

type Outcome = { body: string; reply: Reply<any>; error?: undefined } | { body: string; reply?: undefined; error: string };

/** The network error code under fetch's "fetch failed". */
function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}

describe('SIGTERM during a burst of comments', () => {
  it('sends the moderators\' email for a comment answered just before, then exits', async () => {
    // The mail server is slow to log in: the email is still being sent when the signal comes.
    smtp.behave({ kind: 'accept', loginDelayMs: 2500 });
    const body = unique('last-before-shutdown');
    const reply = await postComment(cms, commentFields(article, { body }), { formToken: token });
    expect(reply.status).toBe(201);
    expect(await cms.signal('SIGTERM'), cms.output().slice(-2000)).toBe(0);

    const mail = smtp.received.find((received) => received.text.includes(reply.body.data.documentId));
    expect(mail?.to).toEqual([MODERATOR]);
    await cms.restart();
    smtp.behave({ kind: 'accept' });
  }, 120_000);

  it('answers every accepted comment 201, stores it, refuses what comes after, and exits by itself', async () => {
    const run = unique('shutdown');
    const outcomes: Outcome[] = [];
    const inFlight = new Set<string>();
    let inFlightAtSignal: string[] = [];
    let exited: Promise<number | null> | undefined;
    let sequence = 0;

    const worker = async () => {
      for (;;) {
        const body = `${run} comment ${(sequence += 1)}`;
        inFlight.add(body);
        const outcome: Outcome = await postComment(cms, commentFields(article, { body }), { formToken: token }).then(
          (reply) => ({ body, reply }),
          (error: unknown) => ({ body, error: errorCode(error) }),
        );
        inFlight.delete(body);
        outcomes.push(outcome);
        if (!exited && outcomes.length >= 40) {
          inFlightAtSignal = [...inFlight];
          exited = cms.signal('SIGTERM');
        }
        // Refused: the CMS has stopped listening; this worker is done.
        if (outcome.error) return;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(await exited, cms.output().slice(-2000)).toBe(0);

    const unexpected = outcomes.filter(({ reply, error }) =>
      reply ? reply.status !== 201 && reply.status !== 503 : error !== 'ECONNREFUSED',
    );
    const describeOutcome = ({ body, reply, error }: Outcome) =>
      `${body}: ${reply ? `${reply.status} ${JSON.stringify(reply.body)}` : error}`;
    expect(unexpected.map(describeOutcome)).toEqual([]);
    for (const { reply } of outcomes.filter(({ reply }) => reply?.status === 503)) {
      expect(reply?.body.error.name).toBe('ServiceUnavailableError');
    }

    // Comments were being saved when the signal came, and each of them was answered 201.
    expect(inFlightAtSignal.length).toBeGreaterThan(0);
    const answered = new Map(outcomes.map((outcome) => [outcome.body, outcome.reply?.status]));
    expect(inFlightAtSignal.map((body) => [body, answered.get(body)])).toEqual(inFlightAtSignal.map((body) => [body, 201]));

    // Every 201 is stored.
    const created = outcomes.filter(({ reply }) => reply?.status === 201);
    const rows = await commentRows(cms, `body LIKE ${sql(`${run} %`)}`);
    const stored = new Map(rows.map((row) => [row.document_id, row.body]));
    for (const { body, reply } of created) {
      expect(stored.get(reply?.body.data.documentId), body).toBe(body);
    }
  }, 120_000);
});
