import { render, screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { BlocksRenderer } from '@/components/blocks/blocks-renderer';
import { env } from '@/config/env';
import type { Blocks } from '@/types/blocks';

/** The renderer uses router links for paths inside the site, so it renders inside a router. */
function renderBlocks(content: Blocks, topHeadingLevel?: 2 | 3) {
  const router = createMemoryRouter([
    { path: '/', element: <BlocksRenderer content={content} topHeadingLevel={topHeadingLevel} /> },
  ]);
  return render(<RouterProvider router={router} />);
}

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text' as const, text: value, ...marks });
const link = (url: string, label: string) => ({
  type: 'link' as const,
  url,
  rel: '',
  target: '_self',
  children: [text(label)],
});
const paragraph = (...children: Blocks[number]['children']) => ({ type: 'paragraph', children }) as Blocks[number];

describe('BlocksRenderer', () => {
  it('renders an editor h1 one level below the page h1 and keeps deeper levels', () => {
    renderBlocks([
      { type: 'heading', level: 1, children: [text('Top')] },
      { type: 'heading', level: 2, children: [text('Section')] },
      { type: 'heading', level: 4, children: [text('Detail')] },
    ]);

    expect(screen.getByRole('heading', { name: 'Top' }).tagName).toBe('H2');
    expect(screen.getByRole('heading', { name: 'Section' }).tagName).toBe('H2');
    expect(screen.getByRole('heading', { name: 'Detail' }).tagName).toBe('H4');
  });

  it('starts headings lower where the content sits under a section heading', () => {
    renderBlocks([{ type: 'heading', level: 2, children: [text('In an answer')] }], 3);

    expect(screen.getByRole('heading', { name: 'In an answer' }).tagName).toBe('H3');
  });

  it('renders ordered and unordered lists, with a nested list inside the item before it', () => {
    const { container } = renderBlocks([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('First')] },
          {
            type: 'list',
            format: 'unordered',
            children: [{ type: 'list-item', children: [text('Nested')] }],
          },
          { type: 'list-item', children: [text('Second')] },
        ],
      },
    ]);

    const outer = container.querySelector('ol')!;
    expect([...outer.children].map((child) => child.tagName)).toEqual(['LI', 'LI']);
    const nested = screen.getByText('Nested').closest('ul')!;
    expect(nested.parentElement).toHaveTextContent(/^FirstNested$/);
    expect(nested.parentElement?.parentElement).toBe(outer);
  });

  it('applies bold, italic, underline, strikethrough and code marks', () => {
    renderBlocks([
      paragraph(
        text('bold', { bold: true }),
        text('italic', { italic: true }),
        text('under', { underline: true }),
        text('struck', { strikethrough: true }),
        text('code', { code: true }),
        text('all', { bold: true, italic: true }),
      ),
    ]);

    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByText('italic').tagName).toBe('EM');
    expect(screen.getByText('under').tagName).toBe('U');
    expect(screen.getByText('struck').tagName).toBe('S');
    expect(screen.getByText('code').tagName).toBe('CODE');
    expect(screen.getByText('all').tagName).toBe('EM');
    expect(screen.getByText('all').parentElement?.tagName).toBe('STRONG');
  });

  it('gives external links rel="noopener noreferrer" and keeps mailto, tel and site paths as links', () => {
    renderBlocks([
      paragraph(
        link('https://www.fda.gov/', 'FDA'),
        link('mailto:care@example.org', 'Email'),
        link('tel:+15550100199', 'Phone'),
        link('/treatments', 'Treatments'),
      ),
    ]);

    expect(screen.getByRole('link', { name: 'FDA' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'Email' })).toHaveAttribute('href', 'mailto:care@example.org');
    expect(screen.getByRole('link', { name: 'Email' })).not.toHaveAttribute('rel');
    expect(screen.getByRole('link', { name: 'Phone' })).toHaveAttribute('href', 'tel:+15550100199');
    expect(screen.getByRole('link', { name: 'Treatments' })).toHaveAttribute('href', '/treatments');
  });

  it('renders javascript:, data: and other schemes as plain text, not links', () => {
    renderBlocks([
      paragraph(link('javascript:alert(1)', 'Script')),
      paragraph(link(' JaVaScRiPt:alert(1)', 'Mixed case')),
      paragraph(link('java\nscript:alert(1)', 'Split')),
      paragraph(link('data:text/html,<script>alert(1)</script>', 'Data')),
    ]);

    expect(screen.queryAllByRole('link')).toEqual([]);
    for (const label of ['Script', 'Mixed case', 'Split', 'Data']) {
      expect(screen.getByText(label).tagName).toBe('P');
    }
  });

  it('renders quotes and code blocks', () => {
    const { container } = renderBlocks([
      { type: 'quote', children: [text('Quoted words')] },
      { type: 'code', children: [text('const dose = 0;')] },
    ]);

    expect(screen.getByText('Quoted words').closest('blockquote')).not.toBeNull();
    expect(container.querySelector('pre > code')).toHaveTextContent('const dose = 0;');
  });

  it('renders an image with its alt text and dimensions, from the CMS origin for uploaded paths', () => {
    renderBlocks([
      {
        type: 'image',
        image: { url: '/uploads/clinic.jpg', alternativeText: 'The clinic waiting room', width: 800, height: 600 },
        children: [{ type: 'text', text: '' }],
      },
    ]);

    const image = screen.getByRole('img', { name: 'The clinic waiting room' });
    expect(image).toHaveAttribute('src', `${env.cmsUrl}/uploads/clinic.jpg`);
    expect(image).toHaveAttribute('width', '800');
    expect(image).toHaveAttribute('height', '600');
  });

  it('leaves out empty paragraphs and block types it does not know', () => {
    const { container } = renderBlocks([
      paragraph(text('')),
      { type: 'embed', children: [] } as unknown as Blocks[number],
      paragraph(text('Kept')),
    ]);

    expect(container.querySelectorAll('p')).toHaveLength(1);
    expect(container).toHaveTextContent(/^Kept$/);
  });
});
