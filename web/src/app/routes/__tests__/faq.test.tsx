import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { faqEntriesFixture } from '@/testing/fixtures';
import { jsonLdOfType, recordRequests, renderApp } from '@/testing/test-utils';

const [firstEntry] = faqEntriesFixture;

describe('/faq', () => {
  it('shows every entry as a details/summary disclosure under a heading per topic', async () => {
    renderApp('/faq');

    expect(await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' })).toBeInTheDocument();
    for (const entry of faqEntriesFixture) {
      const topic = screen.getByRole('region', { name: entry.topic });
      expect(within(topic).getByRole('heading', { level: 2, name: entry.topic })).toBeInTheDocument();
      const summary = within(topic).getByText(entry.question);
      expect(summary.tagName).toBe('SUMMARY');
      expect(summary.parentElement?.tagName).toBe('DETAILS');
    }
  });

  it('opens and closes an answer from the keyboard (Enter and Space on the summary)', async () => {
    const user = userEvent.setup();
    renderApp('/faq');

    const summary = await screen.findByText(firstEntry!.question);
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(screen.getByText('No.')).not.toBeVisible();

    summary.focus();
    expect(summary).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(details).toHaveAttribute('open');
    expect(screen.getByText('No.')).toBeVisible();

    await user.keyboard(' ');
    expect(details).not.toHaveAttribute('open');
    expect(screen.getByText('No.')).not.toBeVisible();

    await user.keyboard(' ');
    expect(details).toHaveAttribute('open');
  });

  it('describes the page as a schema.org FAQPage with each question and its answer', async () => {
    renderApp('/faq');
    await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' });

    const [faqPage] = jsonLdOfType('FAQPage');
    expect(faqPage?.mainEntity).toHaveLength(faqEntriesFixture.length);
    expect(faqPage?.mainEntity).toContainEqual({
      '@type': 'Question',
      name: firstEntry!.question,
      acceptedAnswer: {
        '@type': 'Answer',
        text: 'No.\nThe infusion is given into a vein (intravenously). The dose can make you feel a little drowsy during and after the treatment, but not enough to make you fall asleep.',
      },
    });
  });

  it('sets the page title', async () => {
    renderApp('/faq');

    await waitFor(() => expect(document.title).toBe('Frequently asked questions | Harbour Ketamine Clinic'));
  });

  it('asks for the entries sorted by order, with explicit fields', async () => {
    const requests = recordRequests();
    renderApp('/faq');
    await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' });

    const faq = requests.find((url) => url.pathname === '/api/faq-entries');
    expect(faq?.searchParams.get('sort[0]')).toBe('order:asc');
    expect(faq?.searchParams.getAll('fields[0]')).toEqual(['question']);
  });
});
