import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { articleFixture } from '@/testing/fixtures';
import { articleHandlers } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const cardTitles = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('/articles', () => {
  it('lists the articles with their excerpt and review date, linking each', async () => {
    renderApp('/articles');

    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: articleFixture.title });
    expect(link).toHaveAttribute('href', `/articles/${articleFixture.slug}`);
    const card = link.closest('article')!;
    expect(card).toHaveTextContent(articleFixture.excerpt);
    expect(card).toHaveTextContent('Last reviewed November 1, 2026');
    expect(screen.queryByRole('navigation', { name: 'Article pages' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Articles | Harbour Ketamine Clinic'));
  });

  it('shows twelve articles a page, newest first, and pages through the older ones', async () => {
    server.use(articleHandlers.many(13));
    const user = userEvent.setup();
    renderApp('/articles');
    await screen.findByRole('heading', { level: 1, name: 'Articles' });

    expect(cardTitles()).toEqual(Array.from({ length: 12 }, (_, index) => `Article ${index + 1}`));
    const pages = screen.getByRole('navigation', { name: 'Article pages' });
    expect(pages).toHaveTextContent('Page 1 of 2');
    expect(within(pages).queryByRole('link', { name: 'Newer articles' })).not.toBeInTheDocument();

    await user.click(within(pages).getByRole('link', { name: 'Older articles' }));

    await waitFor(() => expect(cardTitles()).toEqual(['Article 13']));
    expect(screen.getByRole('navigation', { name: 'Article pages' })).toHaveTextContent('Page 2 of 2');
    expect(screen.getByRole('link', { name: 'Newer articles' })).toHaveAttribute('href', '/articles');
    await waitFor(() => expect(document.title).toBe('Articles (page 2 of 2) | Harbour Ketamine Clinic'));
    expect(document.querySelector('link[rel="canonical"]')).toHaveAttribute('href', `${window.location.origin}/articles?page=2`);
  });

  it.each(['0', '-1', 'two', '1.5', '3'])('shows the not-found page for ?page=%s', async (page) => {
    server.use(articleHandlers.many(13));
    renderApp(`/articles?page=${page}`);

    expect(await screen.findByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument();
  });
});
