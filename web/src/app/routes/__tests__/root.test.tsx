import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pagesFixture, siteSettingsFixture } from '@/testing/fixtures';
import { pageHandlers } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('the layout around every page', () => {
  it('leaves focus alone on the first page, and moves it to the new page after following a link', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName });
    expect(document.body).toHaveFocus();

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'FAQ' }));
    await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' });

    // The layout moves focus in an effect once the new page is on screen.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });
});

const privacyTitle = pagesFixture.find((page) => page.slug === 'privacy-policy')?.title;

describe('the footer', () => {
  const footerLinks = async () => {
    const footer = await screen.findByRole('navigation', { name: 'Footer' });
    return within(footer).getAllByRole('link');
  };

  it('lists the pages marked "show in footer", in their order, after the sections, on every page', async () => {
    for (const url of ['/', '/faq', '/about']) {
      const view = renderApp(url);
      await screen.findByRole('heading', { level: 1 });
      await waitFor(async () => expect((await footerLinks()).length).toBe(5));
      expect((await footerLinks()).map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
        ['Articles', '/articles'],
        ['Treatment options', '/treatments'],
        ['Frequently asked questions', '/faq'],
        ['Visit us', '/visit-us'],
        ['Privacy policy', '/privacy-policy'],
      ]);
      view.unmount();
    }
  });

  it('keeps the medical disclaimer and the contact details', async () => {
    renderApp('/visit-us');

    await screen.findByRole('heading', { level: 1, name: 'Visit us' });
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(siteSettingsFixture.medicalDisclaimer)).toBeInTheDocument();
    expect(within(footer).getByRole('link', { name: siteSettingsFixture.phone })).toBeInTheDocument();
  });

  it('has only the sections while no page is marked for it', async () => {
    server.use(pageHandlers.empty);
    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName });
    expect((await footerLinks()).map((link) => link.textContent)).toEqual(['Articles', 'Treatment options', 'Frequently asked questions']);
  });

  it('opens a footer page in the app', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName });

    await user.click(within(screen.getByRole('navigation', { name: 'Footer' })).getByRole('link', { name: 'Privacy policy' }));
    expect(await screen.findByRole('heading', { level: 1, name: privacyTitle })).toBeInTheDocument();
  });
});
