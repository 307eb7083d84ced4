import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { articleFixture, siteSettingsFixture } from '@/testing/fixtures';
import { articleHandlers, cmsApi } from '@/testing/handlers';
import { server } from '@/testing/server';
import { jsonLdOfType, recordRequests, renderApp } from '@/testing/test-utils';

const url = `/articles/${articleFixture.slug}`;

async function renderArticle() {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: articleFixture.title });
  return view;
}

describe('/articles/:slug', () => {
  it('shows the title, the byline with both people and their credentials, and the review date', async () => {
    await renderArticle();

    expect(screen.getByText((_, element) => element?.tagName === 'LI' && element.textContent === 'Written by Sample Author (placeholder), MD (sample credentials)')).toBeInTheDocument();
    expect(
      screen.getByText((_, element) => element?.tagName === 'LI' && element.textContent === 'Medically reviewed by Sample Medical Reviewer (placeholder), MD (sample credentials)'),
    ).toBeInTheDocument();
    const reviewed = screen.getByText('November 1, 2026');
    expect(reviewed.tagName).toBe('TIME');
    expect(reviewed).toHaveAttribute('dateTime', '2026-11-01');
    expect(reviewed.parentElement).toHaveTextContent('Last reviewed November 1, 2026');
  });

  it('renders the body from Strapi blocks: editor h2 headings as h2 under the page h1, lists with bold text', async () => {
    await renderArticle();

    expect(screen.getByRole('heading', { level: 2, name: 'What is ketamine?' })).toBeInTheDocument();
    expect(screen.getByText('Sometimes depression does not lift, no matter what you try.').tagName).toBe('P');
    const bold = screen.getByText('1962:');
    expect(bold.tagName).toBe('STRONG');
    expect(bold.closest('li')).toHaveTextContent(
      '1962: Calvin Stevens first synthesized ketamine at the drug company Parke-Davis.',
    );
  });

  it('lists the sources as numbered links, then the disclaimer, then related treatments and questions', async () => {
    await renderArticle();

    const sources = screen.getByRole('region', { name: 'Sources' });
    const list = within(sources).getByRole('list');
    expect(list.tagName).toBe('OL');
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(articleFixture.sources.map((source) => source.url));
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');

    const disclaimer = screen.getByRole('complementary', { name: 'Medical disclaimer' });
    expect(disclaimer).toHaveTextContent(siteSettingsFixture.medicalDisclaimer);

    const treatments = screen.getByRole('region', { name: 'Related treatments' });
    expect(within(treatments).getByRole('link', { name: 'Ketamine infusion therapy' })).toHaveAttribute(
      'href',
      '/treatments/ketamine-infusion-therapy',
    );
    const questions = screen.getByRole('region', { name: 'Related questions' });
    expect(within(questions).getByText('Will I fall asleep?').tagName).toBe('SUMMARY');

    // Reading order: byline, body, sources, disclaimer, related content.
    const order = [sources, disclaimer, treatments, questions];
    for (let index = 1; index < order.length; index += 1) {
      expect(order[index - 1]!.compareDocumentPosition(order[index]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('places the #comments section last, after the related content', async () => {
    const { container } = await renderArticle();

    const slot = container.querySelector('#comments');
    expect(slot).not.toBeNull();
    const questions = screen.getByRole('region', { name: 'Related questions' });
    expect(questions.compareDocumentPosition(slot!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('loads the article and everything on its page with one request that populates each relation explicitly', async () => {
    const requests = recordRequests();
    await renderArticle();

    const articleRequests = requests.filter((request) => request.pathname === '/api/articles');
    expect(articleRequests).toHaveLength(1);
    const [request] = articleRequests;
    const params = request!.searchParams;
    expect(params.get('filters[slug][$eq]')).toBe(articleFixture.slug);
    for (const relation of ['author', 'medicalReviewer', 'sources', 'seo', 'relatedTreatments', 'relatedFaqs']) {
      expect(params.get(`populate[${relation}][fields][0]`), relation).not.toBeNull();
    }
    expect(params.getAll('populate')).toEqual([]);
    expect([...params.values()]).not.toContain('*');
    expect(requests.filter((request) => request.pathname === '/api/site-setting')).toHaveLength(1);
  });

  it('sets the title, description and canonical link from the SEO fields', async () => {
    await renderArticle();

    await waitFor(() => expect(document.title).toBe(articleFixture.seo!.metaTitle));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute(
      'content',
      articleFixture.seo!.metaDescription,
    );
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${window.location.origin}${url}`,
    );
  });

  it('falls back to the title and excerpt when the article has no SEO fields', async () => {
    server.use(
      http.get(cmsApi('/articles'), () =>
        HttpResponse.json({ data: [{ ...articleFixture, seo: null }], meta: {} }),
      ),
    );
    await renderArticle();

    await waitFor(() => expect(document.title).toBe(articleFixture.title));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute('content', articleFixture.excerpt);
  });

  it('describes the page as a MedicalWebPage naming the reviewer, the author and the review date', async () => {
    await renderArticle();

    const [page] = jsonLdOfType('MedicalWebPage');
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      headline: articleFixture.title,
      description: articleFixture.seo!.metaDescription,
      lastReviewed: '2026-11-01',
      reviewedBy: {
        '@type': 'Person',
        name: 'Sample Medical Reviewer (placeholder)',
        hasCredential: { '@type': 'EducationalOccupationalCredential', name: 'MD (sample credentials)' },
      },
      author: { '@type': 'Person', name: 'Sample Author (placeholder)' },
    });
  });

  it('shows the 404 page for a slug the CMS does not have', async () => {
    renderApp('/articles/no-such-article');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // Inside the site's layout: the header is still there.
    expect(screen.getByRole('link', { name: siteSettingsFixture.clinicName })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found'));
  });

  it('shows the error view when the CMS fails, inside the layout, and the article after "Try again"', async () => {
    server.use(articleHandlers.serverError);
    const user = userEvent.setup();
    renderApp(url);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: siteSettingsFixture.clinicName })).toBeInTheDocument();

    server.use(articleHandlers.success);
    await user.click(retry);

    expect(await screen.findByRole('heading', { level: 1, name: articleFixture.title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
