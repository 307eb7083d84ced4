import { CONSULT_MESSAGES } from '@clinic/rules';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { siteSettingsFixture } from '@/testing/fixtures';
import { CONSULT_FORM_TOKEN, cmsApi, strapiError } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

type User = ReturnType<typeof userEvent.setup>;

async function renderForm() {
  const view = renderApp('/consult');
  const form = await screen.findByRole('form', { name: 'Your request' });
  return { ...view, form };
}

/** Every request the app sends, in order, with the JSON body of a POST. */
function recordRequests() {
  const seen: { method: string; path: string; body?: unknown }[] = [];
  server.events.on('request:start', async ({ request }) => {
    const entry: { method: string; path: string; body?: unknown } = { method: request.method, path: new URL(request.url).pathname };
    seen.push(entry);
    if (request.method === 'POST') entry.body = await request.clone().json();
  });
  return seen;
}

const posts = (seen: ReturnType<typeof recordRequests>) => seen.filter((request) => request.method === 'POST');

type Answers = {
  name?: string;
  phone?: string;
  email?: string;
  preferredContact?: RegExp;
  bestTime?: RegExp;
  message?: string;
  consent?: boolean;
};

const complete: Answers = {
  name: 'Jordan Sample',
  phone: '555 010 4477',
  email: 'jordan@example.org',
  preferredContact: /By phone/,
  bestTime: /Afternoon/,
  message: 'Do you have evening appointments?',
  consent: true,
};

async function fill(user: User, form: HTMLElement, answers: Answers) {
  if (answers.name) await user.type(within(form).getByRole('textbox', { name: /^Name/ }), answers.name);
  if (answers.phone) await user.type(within(form).getByRole('textbox', { name: 'Phone number' }), answers.phone);
  if (answers.email) await user.type(within(form).getByRole('textbox', { name: 'Email address' }), answers.email);
  if (answers.preferredContact) await user.click(within(form).getByRole('radio', { name: answers.preferredContact }));
  if (answers.bestTime) await user.click(within(form).getByRole('radio', { name: answers.bestTime }));
  if (answers.message) await user.type(within(form).getByRole('textbox', { name: /^Message/ }), answers.message);
  if (answers.consent) await user.click(within(form).getByRole('checkbox', { name: 'The clinic may contact me about this request' }));
}

const send = (user: User, form: HTMLElement) => user.click(within(form).getByRole('button', { name: 'Send request' }));

/** The error text that describes `element`, through its aria-describedby. */
function errorOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((node) => node?.classList.contains('field__error'))
    .map((node) => node?.textContent ?? '')
    .join(' ');
}

// Typing with user-event takes a while on a busy machine.
const slow = { timeout: 30_000 };

describe('the consultation request form', slow, () => {
  it('asks for exactly these things, each with a visible label, and nothing about health', async () => {
    const { form } = await renderForm();

    const name = within(form).getByRole('textbox', { name: /^Name/ });
    expect(name).toBeRequired();
    expect(name).toHaveAttribute('autocomplete', 'name');
    const phone = within(form).getByRole('textbox', { name: 'Phone number' });
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    expect(phone).toHaveAttribute('inputmode', 'tel');
    const email = within(form).getByRole('textbox', { name: 'Email address' });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(within(form).getByRole('group', { name: 'Your contact details' })).toHaveAccessibleDescription(
      'Give a phone number, an email address, or both.',
    );

    const contact = within(form).getByRole('group', { name: 'How should we contact you?' });
    expect(within(contact).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['phone', 'email']);
    const bestTime = within(form).getByRole('group', { name: 'When is the best time to call you?' });
    expect(within(bestTime).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['morning', 'afternoon', 'evening', 'any']);
    expect(within(bestTime).getByRole('radio', { name: 'Any time' })).toBeInTheDocument();

    const message = within(form).getByRole('textbox', { name: 'Message (optional)' });
    expect(message).not.toBeRequired();
    expect(message).toHaveAccessibleDescription(/^Please do not include medical details, such as diagnoses or medications/);

    const consent = within(form).getByRole('checkbox', { name: 'The clinic may contact me about this request' });
    expect(consent).toBeRequired();
    expect(consent).not.toBeChecked();
    expect(consent).toHaveAccessibleDescription(/privacy policy/);
    expect(within(form).getByRole('link', { name: /privacy policy/ })).toHaveAttribute('href', '/privacy-policy');

    // Nothing else a person is asked (the honeypot is out of the accessibility tree).
    const asked = [...within(form).getAllByRole('textbox'), ...within(form).getAllByRole('radio'), ...within(form).getAllByRole('checkbox')];
    expect(asked).toHaveLength(3 + 1 + 2 + 4 + 1);
    expect(form).not.toHaveTextContent(/diagnos(is|es) you have|which medication/i);
  });

  it('hides the honeypot from people and assistive technology, as the comment form does', async () => {
    const { form } = await renderForm();
    const trap = form.querySelector<HTMLInputElement>('input[name="homepage"]');
    expect(trap).not.toBeNull();
    expect(trap).toHaveAttribute('type', 'text');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap).toHaveAttribute('autocomplete', 'off');
    expect(trap?.closest('[aria-hidden="true"]')).toHaveClass('honeypot');
  });

  it('posts the form, so that without JavaScript nothing typed ends up in the address', async () => {
    const { form } = await renderForm();
    expect(form).toHaveAttribute('method', 'post');
  });

  it('fetches a form token in the browser and sends exactly the request the CMS takes, with an empty honeypot', async () => {
    const user = userEvent.setup();
    const seen = recordRequests();
    const { form } = await renderForm();
    await waitFor(() => expect(seen.map((request) => request.path)).toContain('/api/consult-requests/form-token'));

    await fill(user, form, { ...complete, name: '  Jordan Sample  ' });
    await send(user, form);

    await screen.findByRole('heading', { name: 'Your request was sent' });
    expect(posts(seen)).toEqual([
      {
        method: 'POST',
        path: '/api/consult-requests',
        body: {
          data: {
            name: 'Jordan Sample',
            phone: '555 010 4477',
            email: 'jordan@example.org',
            preferredContact: 'phone',
            bestTime: 'afternoon',
            message: 'Do you have evening appointments?',
            consent: true,
            formToken: CONSULT_FORM_TOKEN,
            homepage: '',
          },
        },
      },
    ]);
  });

  it('replaces the form with the confirmation from the site settings, the phone and the crisis text, and focuses it', async () => {
    const user = userEvent.setup();
    const { form } = await renderForm();
    await fill(user, form, complete);
    await send(user, form);

    const heading = await screen.findByRole('heading', { level: 2, name: 'Your request was sent' });
    await waitFor(() => expect(heading).toHaveFocus());
    const confirmation = screen.getByRole('region', { name: 'Your request was sent' });
    expect(within(confirmation).getByText(siteSettingsFixture.consultConfirmation)).toBeInTheDocument();
    expect(within(confirmation).getByText(/If it is urgent, call/)).toBeInTheDocument();
    expect(within(confirmation).getByRole('link', { name: siteSettingsFixture.phone })).toHaveAttribute('href', 'tel:+15550102030');
    expect(within(confirmation).getByText(siteSettingsFixture.medicalDisclaimer)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your request was sent.');

    expect(screen.queryByRole('form', { name: 'Your request' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send request' })).toBeNull();
    // Nothing the visitor typed is shown back.
    for (const typed of [complete.name, complete.phone, complete.email, complete.message]) {
      expect(document.body).not.toHaveTextContent(typed ?? '');
    }
  });
});

describe('checking before sending', slow, () => {
  it('with no phone and no email: says so next to both, focuses the first, and sends nothing', async () => {
    const user = userEvent.setup();
    const seen = recordRequests();
    const { form } = await renderForm();
    await fill(user, form, { ...complete, phone: undefined, email: undefined, preferredContact: /By email/ });
    await send(user, form);

    const phone = within(form).getByRole('textbox', { name: 'Phone number' });
    const email = within(form).getByRole('textbox', { name: 'Email address' });
    expect(errorOf(phone)).toBe(CONSULT_MESSAGES.contactMissing);
    expect(errorOf(email)).toBe(CONSULT_MESSAGES.contactMissing);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: /^Name/ })).not.toHaveAttribute('aria-invalid');
    expect(posts(seen)).toEqual([]);
  });

  it('without the consent: says so next to the box and sends nothing', async () => {
    const user = userEvent.setup();
    const seen = recordRequests();
    const { form } = await renderForm();
    await fill(user, form, { ...complete, consent: false });
    await send(user, form);

    const consent = within(form).getByRole('checkbox', { name: 'The clinic may contact me about this request' });
    expect(errorOf(consent)).toBe(CONSULT_MESSAGES.consent);
    expect(consent).toHaveAttribute('aria-invalid', 'true');
    expect(consent).toHaveFocus();
    expect(posts(seen)).toEqual([]);
  });

  it('an empty form: every missing answer at once, the name focused, the choices described by their error', async () => {
    const user = userEvent.setup();
    const seen = recordRequests();
    const { form } = await renderForm();
    await send(user, form);

    const name = within(form).getByRole('textbox', { name: /^Name/ });
    expect(errorOf(name)).toBe(CONSULT_MESSAGES.required);
    expect(name).toHaveFocus();
    expect(within(form).getByRole('group', { name: 'How should we contact you?' })).toHaveAccessibleDescription(
      CONSULT_MESSAGES.preferredContact,
    );
    expect(within(form).getByRole('group', { name: 'When is the best time to call you?' })).toHaveAccessibleDescription(
      CONSULT_MESSAGES.bestTime,
    );
    expect(posts(seen)).toEqual([]);
  });

  it('a preferred way of contact that was not given: said next to that field', async () => {
    const user = userEvent.setup();
    const seen = recordRequests();
    const { form } = await renderForm();
    await fill(user, form, { ...complete, phone: undefined, preferredContact: /By phone/ });
    await send(user, form);

    expect(errorOf(within(form).getByRole('textbox', { name: 'Phone number' }))).toBe(CONSULT_MESSAGES.preferredMissing('phone'));
    expect(posts(seen)).toEqual([]);
  });
});

describe('what the CMS answers', slow, () => {
  it('shows its field errors next to the fields and keeps what was typed', async () => {
    server.use(
      http.post(cmsApi('/consult-requests'), () =>
        strapiError(400, 'ValidationError', 'The request has problems', {
          errors: [{ path: ['email'], message: 'This address cannot receive email', name: 'ValidationError' }],
        }),
      ),
    );
    const user = userEvent.setup();
    const { form } = await renderForm();
    await fill(user, form, complete);
    await send(user, form);

    const email = within(form).getByRole('textbox', { name: 'Email address' });
    await waitFor(() => expect(errorOf(email)).toBe('This address cannot receive email'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(email).toHaveValue(complete.email);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    [
      '409, the same request already sent',
      () => strapiError(409, 'ConflictError', 'This request was already sent', { errors: [{ path: ['name'], message: 'Already sent', name: 'ConflictError' }] }),
      'The clinic already has this request from you, so there is no need to send it again.',
    ],
    [
      '429, too many requests',
      () =>
        HttpResponse.json(
          { data: null, error: { status: 429, name: 'RateLimitError', message: 'Too many requests', details: { retryAfter: 90 } } },
          { status: 429, headers: { 'Retry-After': '90' } },
        ),
      'A request was sent from here a short time ago. Please wait 2 minutes before sending another.',
    ],
    [
      '503, the database is down',
      () => strapiError(503, 'ServiceUnavailableError', 'Service Unavailable'),
      'Your request could not be saved just now. Please try again in a few minutes.',
    ],
    [
      '413, too large',
      () => strapiError(413, 'PayloadTooLargeError', 'Payload Too Large'),
      'Your request is too long to send. Please shorten your message and send it again.',
    ],
  ])('explains %s above the button, with the phone, and keeps the form', async (_name, answer, text) => {
    server.use(http.post(cmsApi('/consult-requests'), answer));
    const user = userEvent.setup();
    const { form } = await renderForm();
    await fill(user, form, complete);
    await send(user, form);

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(within(alert).getByRole('link', { name: siteSettingsFixture.phone })).toHaveAttribute('href', 'tel:+15550102030');
    expect(within(form).getByRole('textbox', { name: /^Name/ })).toHaveValue(complete.name);
    expect(within(form).getByRole('textbox', { name: /^Name/ })).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('heading', { name: 'Your request was sent' })).toBeNull();
  });

  it('a form sent too soon after it was shown: asks to wait and send it again, with the same token', async () => {
    let attempts = 0;
    server.use(
      http.post(cmsApi('/consult-requests'), () => {
        attempts += 1;
        if (attempts > 1) return undefined;
        return strapiError(400, 'ValidationError', 'The form was sent too quickly.', {
          errors: [{ path: ['formToken'], message: 'The form was sent too quickly.', name: 'ValidationError' }],
          reason: 'too-fast',
          retryAfter: 2,
        });
      }),
    );
    const user = userEvent.setup();
    const seen = recordRequests();
    const { form } = await renderForm();
    await fill(user, form, complete);
    await send(user, form);

    expect(await within(form).findByRole('alert')).toHaveTextContent('Please wait 2 seconds and send it again.');
    await send(user, form);
    await screen.findByRole('heading', { name: 'Your request was sent' });
    const tokens = posts(seen).map((request) => (request.body as { data: { formToken: string } }).data.formToken);
    expect(tokens).toEqual([CONSULT_FORM_TOKEN, CONSULT_FORM_TOKEN]);
  });

  it('when no form token can be had: says the request was not sent, and sends nothing', async () => {
    server.use(http.get(cmsApi('/consult-requests/form-token'), () => strapiError(503, 'ServiceUnavailableError', 'Service Unavailable')));
    const user = userEvent.setup();
    const seen = recordRequests();
    const { form } = await renderForm();
    await fill(user, form, complete);
    await send(user, form);

    expect(await within(form).findByRole('alert')).toHaveTextContent('Your request could not be saved just now.');
    expect(posts(seen)).toEqual([]);
  });
});
