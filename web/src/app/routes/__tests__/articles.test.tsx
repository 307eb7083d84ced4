import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articleFixture } from '@/testing/fixtures';
import { renderApp } from '@/testing/test-utils';

describe('/articles', () => {
  it('lists the articles with their excerpt and review date, linking each', async () => {
    renderApp('/articles');

    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: articleFixture.title });
    expect(link).toHaveAttribute('href', `/articles/${articleFixture.slug}`);
    const card = link.closest('article')!;
    expect(card).toHaveTextContent(articleFixture.excerpt);
    expect(card).toHaveTextContent('Last reviewed November 1, 2026');
    await waitFor(() => expect(document.title).toBe('Articles | Harbour Ketamine Clinic'));
  });
});
