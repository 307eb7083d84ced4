// The front desk end to end: a visitor's consultation request reaches the Front desk page of the
// admin, decrypted; the front desk user sees nothing else of the content, opens the request,
// reads it and marks it contacted, and it moves to the Contacted tab.
import { ONCE, expect, test } from './support/test';

// The CMS refuses a form sent sooner than CONSULT_MIN_FILL_SECONDS (3) after its token was issued.
const PERSON_TYPING_MS = 3_500;

/** Sends a request through the public API, as the site's form does. */
async function sendConsultRequest(cmsUrl: string, data: Record<string, unknown>) {
  const tokenReply = await fetch(`${cmsUrl}/api/consult-requests/form-token`);
  expect(tokenReply.status).toBe(200);
  const { data: token } = (await tokenReply.json()) as { data: { token: string } };
  await new Promise((resolve) => setTimeout(resolve, PERSON_TYPING_MS));
  const reply = await fetch(`${cmsUrl}/api/consult-requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { ...data, consent: true, formToken: token.token, homepage: '' } }),
  });
  expect(reply.status, await reply.clone().text()).toBe(201);
}

test(`the front desk reads a new consultation request in the admin and marks it contacted ${ONCE}`, async ({ browser, stack }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const visitor = {
    name: `E2E Caller ${stamp}`,
    phone: '+1 555 010 7000',
    firstLine: `Could someone call me about a first consultation? (${stamp})`,
  };
  await sendConsultRequest(stack.cmsUrl, {
    name: visitor.name,
    phone: visitor.phone,
    preferredContact: 'phone',
    bestTime: 'afternoon',
    message: `${visitor.firstLine}\nAfternoons are best.`,
  });

  const admin = await (await browser.newContext({ baseURL: stack.cmsUrl })).newPage();
  await admin.goto('/admin/auth/login');
  await admin.getByLabel(/email/i).fill(stack.accounts.frontdesk.email);
  await admin.getByLabel(/^password/i).fill(stack.accounts.frontdesk.password);
  await admin.getByRole('button', { name: /log ?in/i }).click();

  // The menu has the front desk, and none of the content: no media library, no comments, and
  // Strapi's Content Manager (always in the menu) lists no type at all, articles included.
  const frontDesk = admin.getByRole('link', { name: /front desk/i });
  await expect(frontDesk).toBeVisible();
  for (const other of [/media library/i, /comment moderation/i, /content-type builder/i]) {
    await expect(admin.getByRole('link', { name: other })).toHaveCount(0);
  }
  const noPermission = admin.getByText("You don't have the permissions to access that content");
  await admin.getByRole('link', { name: /content manager/i }).click();
  const types = admin.getByRole('navigation', { name: 'Content Manager' });
  await expect(types).toContainText(/Collection Types\s*0/);
  await expect(types).toContainText(/Single Types\s*0/);
  await expect(types.getByRole('link')).toHaveCount(0);
  await expect(noPermission).toBeVisible();
  await admin.goto('/admin/content-manager/collection-types/api::article.article');
  await expect(noPermission).toBeVisible();
  await expect(admin.getByText('What is ketamine treatment?')).toHaveCount(0);

  // The list: the request is new, with its name, preferred contact and the first line of its message.
  await frontDesk.click();
  await expect(admin.getByRole('heading', { name: 'Consultation requests' })).toBeVisible();
  await expect(admin.getByRole('tab', { name: /^New \(\d+\)$/, selected: true })).toBeVisible();
  const row = admin.getByRole('row').filter({ has: admin.getByRole('link', { name: visitor.name }) });
  await expect(row).toContainText(visitor.phone);
  await expect(row).toContainText(visitor.firstLine);
  await expect(row).not.toContainText('Afternoons are best.');

  // The request, decrypted: every line of the message, the phone as a link that calls it.
  await row.getByRole('link', { name: visitor.name }).click();
  await expect(admin).toHaveURL(/\/admin\/plugins\/front-desk\/requests\/[a-z0-9]+$/);
  await expect(admin.getByRole('heading', { level: 1, name: visitor.name })).toBeVisible();
  await expect(admin.getByRole('link', { name: visitor.phone })).toHaveAttribute('href', 'tel:+15550107000');
  await expect(admin.getByText('Afternoons are best.')).toBeVisible();
  await expect(admin.getByText(visitor.firstLine)).toBeVisible();

  await admin.getByRole('button', { name: 'Mark contacted' }).click();
  await expect(admin.getByText('Marked contacted.')).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Mark contacted' })).toHaveCount(0);
  await expect(admin.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // Back in the list it has left New for Contacted.
  await frontDesk.click();
  await expect(admin.getByRole('tab', { name: /^New \(\d+\)$/, selected: true })).toBeVisible();
  await expect(admin.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  await expect(admin.getByRole('link', { name: visitor.name })).toHaveCount(0);
  await admin.getByRole('tab', { name: /^Contacted \(\d+\)$/ }).click();
  await expect(admin.getByRole('link', { name: visitor.name })).toBeVisible();
});
