import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { siteSettingsFixture } from '@/testing/fixtures';
import { recordRequests, renderApp } from '@/testing/test-utils';

describe('/consult', () => {
  it('is where the header’s consult link leads', async () => {
    renderApp('/');
    const header = await screen.findByRole('banner');
    expect(await within(header).findByRole('link', { name: siteSettingsFixture.consultCtaText })).toHaveAttribute('href', '/consult');
  });

  it('has a heading, a reassuring sentence, and what to do if it is urgent: the clinic’s phone and the crisis text', async () => {
    const requests = recordRequests();
    renderApp('/consult');

    expect(await screen.findByRole('heading', { level: 1, name: 'Request a consultation' })).toBeInTheDocument();
    expect(screen.getByText(/someone from the clinic will get in touch/)).toBeInTheDocument();
    const urgent = screen.getByRole('complementary', { name: 'If it is urgent' });
    expect(within(urgent).getByRole('link', { name: siteSettingsFixture.phone })).toHaveAttribute('href', 'tel:+15550102030');
    expect(within(urgent).getByText(siteSettingsFixture.medicalDisclaimer)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Your request' })).toBeInTheDocument();

    // The site's own route, not a CMS page of that slug.
    expect(requests.filter((url) => url.pathname === '/api/pages' && url.searchParams.get('filters[slug][$eq]') === 'consult')).toEqual([]);
  });

  it('has its own title, description and canonical address', async () => {
    renderApp('/consult');
    await waitFor(() => expect(document.title).toBe(`Request a consultation | ${siteSettingsFixture.clinicName}`));
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute('content', expect.stringMatching(/contact you/));
    expect(document.head.querySelector('link[rel="canonical"]')).toHaveAttribute('href', `${window.location.origin}/consult`);
    expect(document.head.querySelector('meta[name="robots"]')).toBeNull();
  });
});
