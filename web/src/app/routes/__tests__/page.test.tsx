import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pagesFixture, siteSettingsFixture } from '@/testing/fixtures';
import { pageHandlers } from '@/testing/handlers';
import { server } from '@/testing/server';
import { recordRequests, renderApp } from '@/testing/test-utils';

const page = (slug: string) => {
  const found = pagesFixture.find((each) => each.slug === slug);
  if (!found) throw new Error(`No page fixture "${slug}"`);
  return found;
};
const visitUs = page('visit-us');
const about = page('about');
const privacy = page('privacy-policy');

describe('/:slug, the site pages', () => {
  it('renders the page from the CMS: title, summary and text', async () => {
    renderApp('/visit-us');

    expect(await screen.findByRole('heading', { level: 1, name: visitUs.title })).toBeInTheDocument();
    expect(screen.getByText(visitUs.summary)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Getting here' })).toBeInTheDocument();
    expect(screen.getByText('Sample directions.')).toBeInTheDocument();
  });

  it("shows the site settings' phone, hours and address on a page that asks for the contact details", async () => {
    renderApp('/visit-us');

    const contact = await screen.findByRole('region', { name: 'Contact details' });
    expect(within(contact).getByRole('link', { name: siteSettingsFixture.phone })).toHaveAttribute('href', 'tel:+15550102030');
    expect(within(contact).getByText(siteSettingsFixture.openingHours!)).toBeInTheDocument();
    expect(within(contact).getByText(siteSettingsFixture.address!)).toBeInTheDocument();
  });

  it('leaves the contact details out of a page that does not ask for them', async () => {
    renderApp('/about');

    await screen.findByRole('heading', { level: 1, name: about.title });
    expect(screen.queryByRole('region', { name: 'Contact details' })).not.toBeInTheDocument();
  });

  it('sets the title, the description and the canonical link, from the SEO fields when the page has them', async () => {
    renderApp('/privacy-policy');

    await screen.findByRole('heading', { level: 1, name: privacy.title });
    await waitFor(() => expect(document.title).toBe(`Privacy | ${siteSettingsFixture.clinicName}`));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute('content', privacy.seo?.metaDescription);
    expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/privacy-policy$/);
  });

  it('falls back on the title and the summary without SEO fields', async () => {
    renderApp('/visit-us');

    await waitFor(() => expect(document.title).toBe(`${visitUs.title} | ${siteSettingsFixture.clinicName}`));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute('content', visitUs.summary);
  });

  it('shows the 404 page, not indexed, for a slug the CMS does not have', async () => {
    renderApp('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  it('does not ask the CMS for a page at an address the site reserves for itself', async () => {
    const requests = recordRequests();
    renderApp('/feed.xml');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(requests.filter((url) => url.pathname === '/api/pages' && url.searchParams.has('filters[slug][$eq]'))).toEqual([]);
  });

  it('shows the error view with its retry when the CMS fails', async () => {
    server.use(pageHandlers.serverError);
    renderApp('/visit-us');

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
  });
});
