import { BlocksRenderer as StrapiBlocksRenderer } from '@strapi/blocks-react-renderer';
import { useMemo, type ComponentProps, type ReactNode } from 'react';
import { Link } from 'react-router';
import { mediaUrl } from '@/lib/media';
import type { Block, Blocks, InlineNode, ListNode, TextNode } from '@/types/blocks';
import { isAppPath, isExternalHref, safeHref } from '@/utils/url';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const headingTags = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

type BlocksRendererProps = {
  content: Blocks;
  /**
   * The highest heading level the content may use. The page's h1 is its title, so
   * an editor's level-1 heading becomes an h2 by default; deeper levels keep theirs.
   */
  topHeadingLevel?: HeadingLevel;
};

type BlockComponents = NonNullable<ComponentProps<typeof StrapiBlocksRenderer>['blocks']>;
type ModifierComponents = NonNullable<ComponentProps<typeof StrapiBlocksRenderer>['modifiers']>;

/**
 * Renders Strapi "blocks" rich text with @strapi/blocks-react-renderer and the site's own
 * blocks: headings shifted under the page's, links that never carry an unsafe scheme, images
 * from the CMS's origin. The content is tidied first (see `tidy`).
 */
export function BlocksRenderer({ content, topHeadingLevel = 2 }: BlocksRendererProps) {
  const blocks = useMemo(() => siteBlocks(topHeadingLevel), [topHeadingLevel]);
  const tidied = useMemo(() => tidy(content), [content]);
  return <StrapiBlocksRenderer content={tidied} blocks={blocks} modifiers={MODIFIERS} />;
}

function siteBlocks(topHeadingLevel: HeadingLevel): BlockComponents {
  return {
    paragraph: ({ children }) => <p>{children}</p>,
    heading: ({ children, level }) => {
      const Heading = headingTags[Math.min(6, Math.max(level, topHeadingLevel)) as HeadingLevel];
      return <Heading>{children}</Heading>;
    },
    quote: ({ children }) => (
      <blockquote>
        <p>{children}</p>
      </blockquote>
    ),
    code: ({ plainText }) => (
      <pre>
        <code>{plainText}</code>
      </pre>
    ),
    list: ({ children, format }) => (format === 'ordered' ? <ol>{children}</ol> : <ul>{children}</ul>),
    'list-item': ({ children }) => <li>{children}</li>,
    image: ({ image }) => <ImageView file={image} />,
    link: ({ children, url }) => <SafeLink url={url}>{children}</SafeLink>,
  };
}

/** Innermost first: bold wraps italic, which wraps underline, strikethrough and code. */
const MODIFIER_ORDER = ['code', 'strikethrough', 'underline', 'italic', 'bold'] as const;

const MODIFIERS: ModifierComponents = {
  code: ({ children }) => <code>{children}</code>,
  strikethrough: ({ children }) => <s>{children}</s>,
  underline: ({ children }) => <u>{children}</u>,
  italic: ({ children }) => <em>{children}</em>,
  bold: ({ children }) => <strong>{children}</strong>,
};

const KNOWN_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'code', 'list', 'image']);

const isBlank = (nodes: InlineNode[]) => nodes.every((node) => node.type === 'text' && node.text.trim() === '');

/**
 * What the library renders as given, put the way the site wants it: block types the site does
 * not know (a newer editor feature) and empty paragraphs left out; a nested list, which Strapi
 * stores as a sibling after the item it belongs to, moved inside that item (valid HTML); the
 * marks of a text in one order, so the same marks always nest the same way.
 */
function tidy(content: Blocks): Block[] {
  return content.filter((block) => KNOWN_BLOCKS.has(block.type) && !(block.type === 'paragraph' && isBlank(block.children))).map(tidyBlock);
}

function tidyBlock(block: Block): Block {
  if (block.type === 'list') return tidyList(block);
  if ('children' in block && block.type !== 'image') {
    return { ...block, children: block.children.map(tidyInline) };
  }
  return block;
}

function tidyList(list: ListNode): ListNode {
  const items: { type: 'list-item'; children: unknown[] }[] = [];
  for (const child of list.children) {
    if (child.type === 'list') {
      const last = items.at(-1) ?? items[items.push({ type: 'list-item', children: [] }) - 1];
      last?.children.push(tidyList(child));
    } else {
      items.push({ type: 'list-item', children: child.children.map(tidyInline) });
    }
  }
  return { ...list, children: items } as unknown as ListNode;
}

function tidyInline(node: InlineNode): InlineNode {
  if (node.type === 'link') return { ...node, children: node.children.map(orderMarks) };
  return orderMarks(node);
}

function orderMarks(node: TextNode): TextNode {
  const ordered: Record<string, unknown> = { type: node.type, text: node.text };
  for (const mark of MODIFIER_ORDER) if (node[mark]) ordered[mark] = true;
  return ordered as unknown as TextNode;
}

function SafeLink({ url, children }: { url: string; children: ReactNode }) {
  const href = safeHref(url);
  if (href === null) return <>{children}</>;
  if (isAppPath(href)) return <Link to={href}>{children}</Link>;
  if (isExternalHref(href)) {
    return (
      <a href={href} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return <a href={href}>{children}</a>;
}

type ImageFile = {
  url: string;
  alternativeText: string;
  width: number | undefined;
  height: number | undefined;
  caption: string | undefined;
};

/** Strapi types an image block's file loosely: read the fields the page uses, checking each. */
function readImage(value: unknown): ImageFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const file = value as Record<string, unknown>;
  if (typeof file.url !== 'string') return null;
  const text = (field: unknown) => (typeof field === 'string' ? field : undefined);
  const size = (field: unknown) => (typeof field === 'number' && field > 0 ? field : undefined);
  return {
    url: file.url,
    alternativeText: text(file.alternativeText) ?? '',
    width: size(file.width),
    height: size(file.height),
    caption: text(file.caption),
  };
}

function ImageView({ file }: { file: unknown }) {
  const image = readImage(file);
  const src = mediaUrl(image?.url);
  if (image === null || src === null) return null;
  return (
    <figure>
      <img src={src} alt={image.alternativeText} width={image.width} height={image.height} loading="lazy" decoding="async" />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  );
}
