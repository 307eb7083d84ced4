import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { mediaUrl } from '@/lib/media';
import type { Block, Blocks, ImageNode, InlineNode, LinkNode, ListNode, TextNode } from '@/types/blocks';
import { inlineText } from '@/utils/blocks-to-text';
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

/** Renders Strapi "blocks" rich text: the small subset of the editor the site needs, nothing else. */
export function BlocksRenderer({ content, topHeadingLevel = 2 }: BlocksRendererProps) {
  return (
    <>
      {content.map((block, index) => (
        <BlockView key={index} block={block} topHeadingLevel={topHeadingLevel} />
      ))}
    </>
  );
}

function BlockView({ block, topHeadingLevel }: { block: Block; topHeadingLevel: HeadingLevel }) {
  switch (block.type) {
    case 'paragraph':
      return isBlank(block.children) ? null : <p>{renderInline(block.children)}</p>;
    case 'heading': {
      const Heading = headingTags[Math.min(6, Math.max(block.level, topHeadingLevel)) as HeadingLevel];
      return <Heading>{renderInline(block.children)}</Heading>;
    }
    case 'quote':
      return (
        <blockquote>
          <p>{renderInline(block.children)}</p>
        </blockquote>
      );
    case 'code':
      return (
        <pre>
          <code>{block.children.map(inlineText).join('')}</code>
        </pre>
      );
    case 'list':
      return <ListView list={block} />;
    case 'image':
      return <ImageView node={block} />;
    default:
      // A block type the site does not know (a newer editor feature): leave it out.
      return null;
  }
}

function ListView({ list }: { list: ListNode }) {
  const Tag = list.format === 'ordered' ? 'ol' : 'ul';
  // Strapi stores a nested list as a sibling after the item it belongs to; HTML wants it inside that item.
  const items: { inline: InlineNode[]; nested: ListNode[] }[] = [];
  for (const child of list.children) {
    if (child.type === 'list') {
      const last = items.at(-1);
      if (last) last.nested.push(child);
      else items.push({ inline: [], nested: [child] });
    } else {
      items.push({ inline: child.children, nested: [] });
    }
  }
  return (
    <Tag>
      {items.map((item, index) => (
        <li key={index}>
          {renderInline(item.inline)}
          {item.nested.map((nested, nestedIndex) => (
            <ListView key={nestedIndex} list={nested} />
          ))}
        </li>
      ))}
    </Tag>
  );
}

type ImageFile = {
  url: string;
  alternativeText: string;
  width: number | undefined;
  height: number | undefined;
  caption: string | undefined;
};

/** Strapi types an image block's file as `any`: read the fields the page uses, checking each. */
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

function ImageView({ node }: { node: ImageNode }) {
  const image = readImage(node.image as unknown);
  const src = mediaUrl(image?.url);
  if (image === null || src === null) return null;
  return (
    <figure>
      <img
        src={src}
        alt={image.alternativeText}
        width={image.width}
        height={image.height}
        loading="lazy"
        decoding="async"
      />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  );
}

function renderInline(nodes: InlineNode[]): ReactNode {
  return nodes.map((node, index) =>
    node.type === 'link' ? <LinkView key={index} node={node} /> : <TextView key={index} node={node} />,
  );
}

function LinkView({ node }: { node: LinkNode }) {
  const children = node.children.map((child, index) => <TextView key={index} node={child} />);
  const href = safeHref(node.url);
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

function TextView({ node }: { node: TextNode }) {
  const lines = node.text.split('\n');
  let content: ReactNode = lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
  if (node.code) content = <code>{content}</code>;
  if (node.strikethrough) content = <s>{content}</s>;
  if (node.underline) content = <u>{content}</u>;
  if (node.italic) content = <em>{content}</em>;
  if (node.bold) content = <strong>{content}</strong>;
  return <>{content}</>;
}

function isBlank(nodes: InlineNode[]): boolean {
  return nodes.every((node) => node.type === 'text' && node.text.trim() === '');
}
