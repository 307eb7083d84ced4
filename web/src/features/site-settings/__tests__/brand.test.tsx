import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { siteSettingsFixture } from '@/testing/fixtures';
import { cmsApi } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const withSettings = (extra: Record<string, unknown>) =>
  server.use(http.get(cmsApi('/site-setting'), () => HttpResponse.json({ data: { ...siteSettingsFixture, ...extra }, meta: {} })));

const brandCss = () => [...document.head.querySelectorAll('style')].map((style) => style.textContent ?? '').find((css) => css.includes('--color-accent'));

// React keeps a hoisted <style> in <head> as a resource after the app unmounts.
afterEach(() => document.head.querySelectorAll('style').forEach((style) => style.remove()));

describe("the clinic's look", () => {
  it('applies the brand colour to the accent and links, in <head>, above the stylesheet’s defaults', async () => {
    withSettings({ brandColor: '#1d5c4d' });
    renderApp('/');
    await waitFor(() => expect(brandCss()).toBeDefined());
    expect(brandCss()).toBe('html:root{--color-accent:#1d5c4d;--color-link:#1d5c4d;--color-accent-strong:#16453a}');
  });

  it('keeps the default look for a colour the brand-colour rule refuses, or none', async () => {
    withSettings({ brandColor: '#7fb3d5' });
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(brandCss()).toBeUndefined();
  });

  it('shows the logo beside the clinic name in the header, without saying the name twice', async () => {
    withSettings({ logo: { url: '/uploads/logo.png', width: 96, height: 96, alternativeText: 'Clinic logo', formats: null } });
    renderApp('/');
    const home = await screen.findByRole('link', { name: siteSettingsFixture.clinicName });
    const logo = home.querySelector('img');
    expect(logo).toHaveAttribute('src', 'http://localhost:1337/uploads/logo.png');
    expect(logo).toHaveAttribute('alt', '');
    expect(logo).toHaveAttribute('width', '96');
  });
});
