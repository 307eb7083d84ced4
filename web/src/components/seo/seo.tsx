import { absoluteUrl } from '@/utils/url';

type SeoProps = {
  title: string;
  /** Shown by search engines under the title; left out when there is nothing to say. */
  description?: string | null | undefined;
  /** This page's own path: the canonical URL is the site's origin plus this path. */
  path?: string;
  /** Pages that must not be indexed (not found, errors). */
  noIndex?: boolean;
};

/** The page's title, description and canonical link; React 19 hoists them into <head>. */
export function Seo({ title, description, path, noIndex = false }: SeoProps) {
  return (
    <>
      <title>{title}</title>
      {description ? <meta name="description" content={description} /> : null}
      {path !== undefined ? <link rel="canonical" href={absoluteUrl(path)} /> : null}
      {noIndex ? <meta name="robots" content="noindex" /> : null}
    </>
  );
}
