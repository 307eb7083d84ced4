import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { pendingComments } from '@/features/comments/utils/pending-comments';
import { articleFixture } from '@/testing/fixtures';
import { cmsApi, strapiError } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const url = `/articles/${articleFixture.slug}`;

async function renderComments() {
  const view = renderApp(url);
  const section = await screen.findByRole('region', { name: /comments/i });
  await within(section).findByText('Sample Visitor A');
  return { ...view, section };
}

/** Every comment the app posts, with its JSON body. */
function recordPosts() {
  const posts: Record<string, unknown>[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'POST') posts.push((await request.clone().json()) as Record<string, unknown>);
  });
  return posts;
}

async function fillForm(user: ReturnType<typeof userEvent.setup>, values: { comment: string; name: string; email: string; website?: string }) {
  await user.type(screen.getByLabelText(/^Comment/), values.comment);
  await user.type(screen.getByLabelText(/^Name/), values.name);
  await user.type(screen.getByLabelText(/^Email/), values.email);
  if (values.website) await user.type(screen.getByLabelText(/^Website/), values.website);
}

beforeEach(() => {
  window.localStorage.clear();
  pendingComments.reset();
});

// Typing whole comments with user-event takes a while on a busy machine.
const slow = { timeout: 30_000 };

describe('the comment thread', slow, () => {
  it('nests replies under their parent and shows the count', async () => {
    const { section } = await renderComments();
    expect(within(section).getByRole('heading', { level: 2, name: '3 comments' })).toBeInTheDocument();
    const parent = within(section).getByText('Sample Visitor A').closest('li') as HTMLElement;
    expect(within(parent).getByText('You are welcome. Call us if you have questions.')).toBeInTheDocument();
    expect(within(parent).getByText('Sample Clinic Team (placeholder)').closest('ol')).toHaveClass('comment-list--replies');
  });

  it('dates each comment with the day and the time, as WordPress does', async () => {
    const { section } = await renderComments();
    const parent = within(section).getByText('Sample Visitor A').closest('li') as HTMLElement;
    const date = within(parent).getByText('November 2, 2026 at 10:00 AM UTC');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('dateTime', '2026-11-02T10:00:00.000Z');
  });

  it('renders visitors’ text as text, never as HTML, and links only http(s) websites with rel="nofollow ugc noopener"', async () => {
    const { section } = await renderComments();
    expect(within(section).getByText('<b>bold?</b> <img src=x onerror="alert(1)"> stays text')).toBeInTheDocument();
    expect(section.querySelector('b, img')).toBeNull();

    const link = within(section).getByRole('link', { name: 'Sample Visitor A' });
    expect(link).toHaveAttribute('href', 'https://visitor-a.example.com/');
    expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(within(section).queryByRole('link', { name: 'Sample Visitor B' })).toBeNull();
  });
});

describe('Leave a Reply', slow, () => {
  it('has WordPress’s wording, labelled fields and an unticked save-my-details box', async () => {
    await renderComments();
    expect(screen.getByRole('heading', { name: 'Leave a Reply' })).toBeInTheDocument();
    expect(screen.getByText(/Your email address will not be published\. Required fields are marked/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Comment/)).toBeRequired();
    expect(screen.getByLabelText(/^Name/)).toBeRequired();
    expect(screen.getByLabelText(/^Email/)).toBeRequired();
    expect(screen.getByLabelText(/^Website/)).not.toBeRequired();
    expect(
      screen.getByRole('checkbox', { name: 'Save my name, email, and website in this browser for the next time I comment.' }),
    ).not.toBeChecked();
    expect(screen.getByText(/do not share personal health information/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Post Comment' })).toBeInTheDocument();
  });

  it('posts the comment with the form token and an empty honeypot, shows it awaiting moderation and resets the form', async () => {
    const user = userEvent.setup();
    const posts = recordPosts();
    const { section } = await renderComments();

    await fillForm(user, { comment: 'Is the consult by phone?\nThanks.', name: 'Visitor', email: 'visitor@example.com' });
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));

    expect(await within(section).findByText('Your comment is awaiting moderation.')).toBeInTheDocument();
    expect(within(section).getByText(/Is the consult by phone\?/)).toBeInTheDocument();
    expect(posts).toEqual([
      {
        data: {
          article: articleFixture.documentId,
          authorName: 'Visitor',
          authorEmail: 'visitor@example.com',
          body: 'Is the consult by phone?\nThanks.',
          formToken: 'signed-form-token',
          homepage: '',
        },
      },
    ]);
    expect(screen.getByLabelText(/^Comment/)).toHaveValue('');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('');
  });

  it('holds the button while a comment is being sent, so a second click does not post it twice', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Falls through to the default handler once released.
    server.use(http.post(cmsApi('/comments'), async () => void (await held)));
    const user = userEvent.setup();
    const posts = recordPosts();
    const { section } = await renderComments();
    await fillForm(user, { comment: 'Only once, please.', name: 'Visitor', email: 'visitor@example.com' });
    const button = screen.getByRole('button', { name: 'Post Comment' });

    await user.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    await user.click(button);
    release();

    expect(await within(section).findByText('Your comment is awaiting moderation.')).toBeInTheDocument();
    await waitFor(() => expect(button).toBeEnabled());
    expect(posts).toHaveLength(1);
  });

  it('keeps showing the visitor’s pending comment after a reload of the page', async () => {
    const user = userEvent.setup();
    const first = await renderComments();
    await fillForm(user, { comment: 'Still here after a reload?', name: 'Visitor', email: 'visitor@example.com' });
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));
    await within(first.section).findByText('Your comment is awaiting moderation.');
    first.unmount();

    pendingComments.reset();
    const second = await renderComments();
    expect(within(second.section).getByText('Still here after a reload?')).toBeInTheDocument();
    expect(within(second.section).getByText('Your comment is awaiting moderation.')).toBeInTheDocument();
  });

  it('checks the fields before sending and sends nothing when they are invalid', async () => {
    const user = userEvent.setup();
    const posts = recordPosts();
    await renderComments();

    await user.type(screen.getByLabelText(/^Email/), 'not-an-email');
    await user.type(screen.getByLabelText(/^Website/), 'ftp://example.com');
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));

    expect(screen.getByText('Please write a comment.')).toBeInTheDocument();
    expect(screen.getByText('Please enter your name.')).toBeInTheDocument();
    expect(screen.getByText('Please enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByText(/A website must start with http:\/\/ or https:\/\//)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Comment/)).toHaveFocus();
    expect(screen.getByLabelText(/^Comment/)).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);
  });

  it('shows the CMS’s field errors next to the fields', async () => {
    server.use(
      http.post(cmsApi('/comments'), () =>
        strapiError(400, 'ValidationError', 'Invalid comment', {
          errors: [{ path: ['authorEmail'], message: 'This email address is not accepted', name: 'ValidationError' }],
        }),
      ),
    );
    const user = userEvent.setup();
    await renderComments();
    await fillForm(user, { comment: 'Hello', name: 'Visitor', email: 'visitor@example.com' });
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));

    const email = screen.getByLabelText(/^Email/);
    expect(await screen.findByText('This email address is not accepted')).toHaveAttribute('id', email.getAttribute('aria-describedby'));
    expect(email).toHaveValue('visitor@example.com');
  });

  it('explains a refusal that is not about one field, and keeps what was typed', async () => {
    server.use(http.post(cmsApi('/comments'), () => strapiError(403, 'ForbiddenError', 'Comments are closed on this article.')));
    const user = userEvent.setup();
    await renderComments();
    await fillForm(user, { comment: 'Hello', name: 'Visitor', email: 'visitor@example.com' });
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Comments are closed on this article.');
    expect(screen.getByLabelText(/^Comment/)).toHaveValue('Hello');
  });

  it('renews a form token the CMS refuses as expired, and sends the new one the next time', async () => {
    let issued = 0;
    server.use(
      http.get(cmsApi('/comments/form-token'), () => {
        issued += 1;
        return HttpResponse.json({ data: { token: `token-${issued}`, expiresAt: '2099-01-01T00:00:00.000Z' }, meta: {} });
      }),
      http.post(cmsApi('/comments'), async ({ request }) => {
        const { data } = (await request.clone().json()) as { data: { formToken: string } };
        if (data.formToken !== 'token-1') return undefined;
        return strapiError(400, 'ValidationError', 'The form has expired. Reload the page and send the comment again.', {
          errors: [{ path: ['formToken'], message: 'The form has expired.', name: 'ValidationError' }],
          reason: 'expired',
        });
      }),
    );
    const user = userEvent.setup();
    const posts = recordPosts();
    const { section } = await renderComments();
    await fillForm(user, { comment: 'Hello', name: 'Visitor', email: 'visitor@example.com' });
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The form had been open for a long time and has been renewed. Please send it again.');
    await waitFor(() => expect(issued).toBe(2));
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));
    expect(await within(section).findByText('Your comment is awaiting moderation.')).toBeInTheDocument();
    expect(posts.map((post) => (post.data as { formToken: string }).formToken)).toEqual(['token-1', 'token-2']);
  });

  it('replies to a comment: "Leave a Reply to NAME", the parent is sent, and "Cancel reply" goes back', async () => {
    const user = userEvent.setup();
    const posts = recordPosts();
    await renderComments();

    await user.click(screen.getByRole('button', { name: 'Reply to Sample Visitor A' }));
    expect(screen.getByRole('heading', { name: /Leave a Reply to Sample Visitor A/ })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Cancel reply' }));
    expect(screen.getByRole('heading', { name: 'Leave a Reply' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reply to Sample Visitor A' }));
    await fillForm(user, { comment: 'A reply', name: 'Visitor', email: 'visitor@example.com' });
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect((posts[0]?.data as Record<string, unknown> | undefined)?.parent).toBe('c1approvedtopxxxxxxxxxxx');
    const reply = await screen.findByText('A reply');
    expect(reply.closest('ol')).toHaveClass('comment-list--replies');
  });

  it('does not offer a reply deeper than three levels', async () => {
    const deep = [
      { documentId: 'level1', authorName: 'One', authorUrl: null, body: 'one', createdAt: '2026-11-01T00:00:00.000Z', parent: null },
      { documentId: 'level2', authorName: 'Two', authorUrl: null, body: 'two', createdAt: '2026-11-01T01:00:00.000Z', parent: { documentId: 'level1' } },
      { documentId: 'level3', authorName: 'Three', authorUrl: null, body: 'three', createdAt: '2026-11-01T02:00:00.000Z', parent: { documentId: 'level2' } },
    ];
    server.use(http.get(cmsApi('/comments'), () => HttpResponse.json({ data: deep, meta: { pagination: { page: 1, pageCount: 1 } } })));
    renderApp(url);
    await screen.findByText('Three');
    expect(screen.getByRole('button', { name: 'Reply to One' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reply to Two' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply to Three' })).toBeNull();
  });

  it('remembers name, email and website only when the box is ticked', async () => {
    const user = userEvent.setup();
    const first = await renderComments();
    await fillForm(user, { comment: 'First', name: 'Visitor', email: 'visitor@example.com', website: 'https://me.example.com' });
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));
    await within(first.section).findByText('Your comment is awaiting moderation.');
    expect(window.localStorage.getItem('clinic.comment-author')).toBeNull();

    await fillForm(user, { comment: 'Second', name: 'Visitor', email: 'visitor@example.com' });
    await user.click(screen.getByRole('checkbox', { name: /Save my name, email, and website/ }));
    await user.click(screen.getByRole('button', { name: 'Post Comment' }));
    await waitFor(() => expect(window.localStorage.getItem('clinic.comment-author')).not.toBeNull());
    first.unmount();

    await renderComments();
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Visitor');
    expect(screen.getByLabelText(/^Email/)).toHaveValue('visitor@example.com');
  });
});
