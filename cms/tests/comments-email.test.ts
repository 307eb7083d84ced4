/**
 * Moderators are emailed about each held comment, through a real SMTP server
 * started here, without the visitor waiting for it or ever seeing it fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { articleId, commentFields, commentRow, formToken, HONEYPOT, postComment, sleep, unique } from './support/comments';
import { adminLogin, request } from './support/http';
import { startSmtp, type ReceivedMail, type SmtpServer } from './support/smtp';

const PUBLIC_URL = 'https://cms.clinic.example';
const FROM = 'cms@clinic.example';

let smtp: SmtpServer;
let cms: Cms;
let article: string;
let articleTitle: string;
const extraModerators = { active: `${unique('mod-active')}@example.com`, inactive: `${unique('mod-inactive')}@example.com` };

beforeAll(async () => {
  smtp = await startSmtp();
  cms = await startCms({
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_USER: smtp.user,
      SMTP_PASSWORD: smtp.password,
      SMTP_FROM: `Clinic CMS <${FROM}>`,
      PUBLIC_URL,
      COMMENT_MIN_FILL_SECONDS: '0',
      COMMENT_FLOOD_SECONDS: '0',
    },
  });
  article = await articleId(cms);
  articleTitle = (await request(cms.url, `/api/articles/${article}?fields[0]=title`)).body.data.title;

  // One more active Moderator, and one invited but not active.
  const admin = await adminLogin(cms.url, USERS.admin);
  const roles = await request(cms.url, '/admin/roles', { token: admin });
  const moderatorRole = roles.body.data.find((role: { code: string }) => role.code === 'clinic-moderator').id;
  for (const [label, email] of Object.entries(extraModerators)) {
    const created = await request(cms.url, '/admin/users', {
      method: 'POST',
      token: admin,
      body: { firstname: label, lastname: 'Moderator', email, roles: [moderatorRole] },
    });
    expect(created.status).toBe(201);
    if (label === 'active') {
      const activated = await request(cms.url, `/admin/users/${created.body.data.id}`, {
        method: 'PUT',
        token: admin,
        body: { isActive: true },
      });
      expect(activated.body.data.isActive).toBe(true);
    }
  }
});

afterAll(async () => {
  await cms?.destroy();
  await smtp?.close();
});

const about = (documentId: string) => (mail: ReceivedMail) => mail.text.includes(documentId);

describe('moderators are emailed about a held comment', () => {
  let documentId: string;
  let fields: Record<string, unknown>;
  let mails: ReceivedMail[];

  beforeAll(async () => {
    fields = commentFields(article, {
      authorName: `Jordan <b>${unique('name')}</b>`,
      body: `Does the infusion <b>hurt</b>? ${'More words. '.repeat(60)}THE-END-OF-THE-COMMENT`,
    });
    const reply = await postComment(cms, fields);
    expect(reply.status).toBe(201);
    documentId = reply.body.data.documentId;
    await smtp.waitFor(about(documentId));
    await sleep(1500); // every recipient's copy
    mails = smtp.received.filter(about(documentId));
  });

  it('sends one message to each active Moderator and to nobody else, logged in with SMTP_USER', () => {
    const recipients = mails.flatMap((mail) => mail.to).sort();
    expect(recipients).toEqual([USERS.moderator.email, extraModerators.active].sort());
    for (const mail of mails) {
      expect(mail.user).toBe(smtp.user);
      expect(mail.from).toBe(FROM);
    }
  });

  it('links to the comment in the admin, names the article and the author, and quotes an excerpt', () => {
    const [mail] = mails;
    const link = `${PUBLIC_URL}/admin/content-manager/collection-types/api::comment.comment/${documentId}`;
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(link);
    expect(mail.subject).toContain(articleTitle);
    expect(mail.text).toContain(fields.authorName as string);
    expect(mail.text).toContain('Does the infusion <b>hurt</b>?');
    expect(mail.text).not.toContain('THE-END-OF-THE-COMMENT');
  });

  it('carries no email address or IP of the author', async () => {
    const row = await commentRow(cms, documentId);
    for (const mail of mails) {
      for (const part of [mail.raw, mail.text, mail.html]) {
        expect(part).not.toContain(fields.authorEmail as string);
        expect(part).not.toContain(row.client_ip_hash as string);
        expect(part).not.toMatch(/127\.0\.0\.1/);
      }
    }
  });

  it('escapes the visitor’s markup in the HTML part', () => {
    const [mail] = mails;
    expect(mail.html).not.toContain('<b>hurt</b>');
    expect(mail.html).toContain('&lt;b&gt;hurt&lt;/b&gt;');
  });
});

describe('what is not emailed, and what never reaches the visitor', () => {
  it('sends nothing about a comment that goes to spam', async () => {
    const spam = await postComment(cms, commentFields(article, { [HONEYPOT]: 'filled by a bot' }));
    expect(spam.status).toBe(201);
    const held = await postComment(cms, commentFields(article));
    await smtp.waitFor(about(held.body.data.documentId));
    await sleep(1000);
    expect(smtp.received.filter(about(spam.body.data.documentId))).toEqual([]);
  });

  it('answers the visitor without waiting for a slow mail server', async () => {
    smtp.behave({ kind: 'accept', delayMs: 5000 });
    try {
      const token = await formToken(cms);
      const started = Date.now();
      const reply = await postComment(cms, commentFields(article), { formToken: token });
      const elapsed = Date.now() - started;
      expect(reply.status).toBe(201);
      expect(elapsed).toBeLessThan(2000);
      const mail = await smtp.waitFor(about(reply.body.data.documentId), 20_000);
      expect(mail).toBeTruthy();
    } finally {
      smtp.behave({ kind: 'accept' });
    }
  });

  it('answers 201 when the mail server refuses the message, and logs the failure', async () => {
    smtp.behave({ kind: 'refuse' });
    try {
      const reply = await postComment(cms, commentFields(article));
      expect(reply.status).toBe(201);
      const deadline = Date.now() + 15_000;
      while (!cms.output().includes(`Could not email a moderator about comment ${reply.body.data.documentId}`)) {
        if (Date.now() > deadline) throw new Error(`No failure logged:\n${cms.output().slice(-2000)}`);
        await sleep(100);
      }
      expect(smtp.received.filter(about(reply.body.data.documentId))).toEqual([]);
    } finally {
      smtp.behave({ kind: 'accept' });
    }
  });
});
