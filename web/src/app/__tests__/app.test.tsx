import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { treatmentOptionsFixture, siteSettingsFixture } from '@/testing/fixtures';
import { cmsApi, siteSettingsHandlers } from '@/testing/handlers';
import { server } from '@/testing/server';
import { jsonLdOfType, renderApp } from '@/testing/test-utils';

describe('app routes', () => {
  it('shows the clinic name and, in the header, a Call Us link dialling the phone digits and the consult link', async () => {
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName }),
    ).toBeInTheDocument();
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: /call us/i })).toHaveAttribute('href', 'tel:+15550102030');
    expect(within(header).getByRole('link', { name: 'Free Consult' })).toHaveAttribute(
      'href',
      siteSettingsFixture.consultCtaUrl,
    );
    expect(within(screen.getByRole('contentinfo')).getByText(siteSettingsFixture.medicalDisclaimer)).toBeInTheDocument();
  });

  it('has a main navigation marking the current page with aria-current="page"', async () => {
    renderApp('/faq');
    await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' });

    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Articles', '/articles'],
      ['Treatments', '/treatments'],
      ['FAQ', '/faq'],
      ['Team', '/team'],
    ]);
    expect(within(nav).getByRole('link', { name: 'FAQ' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('marks the section, not the page, on a page inside it (Treatments on a treatment page)', async () => {
    const [treatment] = treatmentOptionsFixture;
    renderApp(`/treatments/${treatment!.slug}`);
    await screen.findByRole('heading', { level: 1, name: treatment!.name });

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Treatments' })).toHaveAttribute('aria-current', 'true');
    expect(within(nav).queryAllByRole('link', { current: 'page' })).toEqual([]);
  });

  it('describes the clinic as a schema.org MedicalClinic on every page', async () => {
    renderApp('/faq');
    await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' });

    expect(jsonLdOfType('MedicalClinic')).toEqual([
      expect.objectContaining({
        name: siteSettingsFixture.clinicName,
        telephone: siteSettingsFixture.phone,
        address: siteSettingsFixture.address,
      }),
    ]);
  });

  it('shows the error view when the CMS fails, and the content after "Try again" succeeds', async () => {
    server.use(siteSettingsHandlers.serverError);
    const user = userEvent.setup();
    renderApp('/');

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.queryByText(siteSettingsFixture.clinicName)).not.toBeInTheDocument();

    server.use(siteSettingsHandlers.success);
    await user.click(retry);

    expect(
      await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows the 404 page, inside the site header and footer, for an unknown URL', async () => {
    renderApp('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: siteSettingsFixture.clinicName })).toHaveAttribute('href', '/');
    expect(screen.getByText(siteSettingsFixture.medicalDisclaimer)).toBeInTheDocument();
  });

  it('keeps the current page on screen while the next one loads, with a loading status', async () => {
    const user = userEvent.setup();
    renderApp('/faq');
    await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' });

    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(cmsApi('/treatment-options'), async () => {
        await released;
        await delay(0);
        return HttpResponse.json({ data: [], meta: {} });
      }),
    );
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Treatments' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Loading the page…');
    expect(screen.getByRole('heading', { level: 1, name: 'Frequently asked questions' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');

    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Treatment options' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
