import type { Article } from 'cms/types/content';

/** Strapi "blocks" rich text as the REST API returns it, from the CMS's generated types. */
export type Blocks = NonNullable<Article['body']>;
export type Block = Blocks[number];
export type InlineNode = Extract<Block, { type: 'paragraph' }>['children'][number];
export type TextNode = Extract<InlineNode, { type: 'text' }>;
export type LinkNode = Extract<InlineNode, { type: 'link' }>;
export type ListNode = Extract<Block, { type: 'list' }>;
export type ImageNode = Extract<Block, { type: 'image' }>;
