/**
 * Small helpers to write Strapi "blocks" rich text concisely in the seed
 * content. A plain string part becomes a text node.
 */
import type { Block, InlineNode, LinkNode, TextNode } from './types';

export type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;
export type HeadingBlock = Extract<Block, { type: 'heading' }>;
export type QuoteBlock = Extract<Block, { type: 'quote' }>;
export type ListBlock = Extract<Block, { type: 'list' }>;

/** One piece of inline content: a plain string or an inline node. */
export type Part = string | InlineNode;

/** One list item: a single part, or several parts in a row. */
export type ListItem = Part | Part[];

export const text = (value: string): TextNode => ({ type: 'text', text: value });

export const b = (value: string): TextNode => ({ type: 'text', text: value, bold: true });

export const i = (value: string): TextNode => ({ type: 'text', text: value, italic: true });

export const link = (url: string, label: string): LinkNode => ({
  type: 'link',
  url,
  rel: 'noopener',
  target: '_self',
  children: [text(label)],
});

const inline = (parts: Part[]): InlineNode[] =>
  parts.map((part) => (typeof part === 'string' ? text(part) : part));

export const p = (...parts: Part[]): ParagraphBlock => ({
  type: 'paragraph',
  children: inline(parts),
});

const heading =
  (level: HeadingBlock['level']) =>
  (...parts: Part[]): HeadingBlock => ({
    type: 'heading',
    level,
    children: inline(parts),
  });

export const h2 = heading(2);
export const h3 = heading(3);

export const quote = (...parts: Part[]): QuoteBlock => ({
  type: 'quote',
  children: inline(parts),
});

const list =
  (format: ListBlock['format']) =>
  (items: ListItem[]): ListBlock => ({
    type: 'list',
    format,
    children: items.map((item) => ({
      type: 'list-item',
      children: inline(Array.isArray(item) ? item : [item]),
    })),
  });

export const ul = list('unordered');
export const ol = list('ordered');
