import { createContext, useContext } from 'react';
import type { ShareImage } from '@/types/media';
import { absoluteUrl } from '@/utils/url';


/** The link-preview image of pages that have none of their own (the root layout provides the site's). */
export const DefaultShareImage = createContext<ShareImage | null>(null);

type SeoProps = {
  title: string;
  /** Shown by search engines under the title; left out when there is nothing to say. */
  description?: string | null | undefined;
  /** This page's own path: the canonical URL is the site's origin plus this path. */
  path?: string;
  /** Pages that must not be indexed (not found, errors). */
  noIndex?: boolean;
  /** Open Graph type: `article` for an article, `profile` for a person, `website` for the rest. */
  type?: 'website' | 'article' | 'profile';
  image?: ShareImage | null;
};

/**
 * The page's title, description and canonical link, and the same as Open Graph and Twitter
 * card tags for link previews (og:url is the canonical URL); React 19 hoists them into <head>.
 * The site's name (og:site_name) is set once, by the root layout.
 */
export function Seo({ title, description, path, noIndex = false, type = 'website', image: own = null }: SeoProps) {
  const fallback = useContext(DefaultShareImage);
  const image = own ?? fallback;
  const url = path !== undefined ? absoluteUrl(path) : null;
  return (
    <>
      <title>{title}</title>
      {description ? <meta name="description" content={description} /> : null}
      {url ? <link rel="canonical" href={url} /> : null}
      {noIndex ? <meta name="robots" content="noindex" /> : null}
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      {url ? <meta property="og:url" content={url} /> : null}
      <meta property="og:type" content={type} />
      {image ? <meta property="og:image" content={image.url} /> : null}
      {image?.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
      {image?.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
      {image?.alt ? <meta property="og:image:alt" content={image.alt} /> : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      {description ? <meta name="twitter:description" content={description} /> : null}
      {image ? <meta name="twitter:image" content={image.url} /> : null}
    </>
  );
}
