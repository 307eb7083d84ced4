import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { siteSettingsFixture, siteSettingsHandlers } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('app routes', () => {
  it('shows the clinic name and a Call Us link dialling the phone digits on the home page', async () => {
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /call us/i })).toHaveAttribute('href', 'tel:+15550102030');
    expect(screen.getByRole('link', { name: 'Free Consult' })).toHaveAttribute(
      'href',
      siteSettingsFixture.consultCtaUrl,
    );
    expect(screen.getByText(siteSettingsFixture.medicalDisclaimer)).toBeInTheDocument();
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
});
