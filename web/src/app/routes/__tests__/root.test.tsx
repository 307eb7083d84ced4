import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { siteSettingsFixture } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

describe('the layout around every page', () => {
  it('leaves focus alone on the first page, and moves it to the new page after following a link', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: siteSettingsFixture.clinicName });
    expect(document.body).toHaveFocus();

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'FAQ' }));
    await screen.findByRole('heading', { level: 1, name: 'Frequently asked questions' });

    expect(screen.getByRole('main')).toHaveFocus();
  });
});
