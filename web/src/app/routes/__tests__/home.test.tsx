import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articleFixture, faqEntriesFixture, siteSettingsFixture } from '@/testing/fixtures';
import { articleHandlers } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

async function renderHome() {
  const view = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName });
  return view;
}

describe('/ (home)', () => {
  it('states what the clinic offers with the lead article excerpt, and links the lead article', async () => {
    await renderHome();

    const hero = screen.getByRole('region', { name: siteSettingsFixture.clinicName });
    expect(hero).toHaveTextContent(articleFixture.excerpt);
    const lead = screen.getByRole('region', { name: 'Start here' });
    expect(within(lead).getByRole('link', { name: articleFixture.title })).toHaveAttribute(
      'href',
      `/articles/${articleFixture.slug}`,
    );
  });

  it('shows the treatment options by category', async () => {
    await renderHome();

    const treatments = screen.getByRole('region', { name: 'Treatment options' });
    expect(within(treatments).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Ketamine therapy',
      'Other pain treatments',
      'Self-care',
    ]);
    expect(within(treatments).getByRole('link', { name: 'Esketamine nasal spray' })).toBeInTheDocument();
  });

  it('shows three FAQ entries and a link to all of them', async () => {
    await renderHome();

    const faq = screen.getByRole('region', { name: 'Common questions' });
    expect(faq.querySelectorAll('details')).toHaveLength(3);
    expect([...faq.querySelectorAll('summary')].map((summary) => summary.textContent)).toEqual(
      faqEntriesFixture.slice(0, 3).map((entry) => entry.question),
    );
    expect(within(faq).getByRole('link', { name: 'See all questions and answers' })).toHaveAttribute('href', '/faq');
  });

  it('ends with the call to action: the phone as a tel: link and the consult link', async () => {
    await renderHome();

    const cta = screen.getByRole('region', { name: 'Talk with the clinic' });
    expect(within(cta).getByRole('link', { name: /call us/i })).toHaveAttribute('href', 'tel:+15550102030');
    expect(within(cta).getByRole('link', { name: 'Free Consult' })).toHaveAttribute(
      'href',
      siteSettingsFixture.consultCtaUrl,
    );
  });

  it('loads its data in parallel: one request each, the FAQ limited to three', async () => {
    const requests = recordRequests();
    await renderHome();

    expect(requests.map((url) => url.pathname).sort()).toEqual([
      '/api/articles',
      '/api/faq-entries',
      '/api/pages',
      '/api/site-setting',
      '/api/treatment-options',
    ]);
    const faq = requests.find((url) => url.pathname === '/api/faq-entries');
    expect(faq?.searchParams.get('pagination[pageSize]')).toBe('3');
    const articles = requests.find((url) => url.pathname === '/api/articles');
    expect(articles?.searchParams.get('pagination[pageSize]')).toBe('1');
    expect(articles?.searchParams.get('populate[author][fields][0]')).toBe('name');
  });

  it('still renders without a lead article', async () => {
    server.use(articleHandlers.empty);
    await renderHome();

    expect(screen.queryByRole('region', { name: 'Start here' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Treatment options' })).toBeInTheDocument();
  });

  it('sets the page title and description', async () => {
    await renderHome();

    await waitFor(() => expect(document.title).toBe(siteSettingsFixture.clinicName));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute('content', articleFixture.excerpt);
  });
});
