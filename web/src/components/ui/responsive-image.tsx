import { mediaUrl } from '@/lib/media';
import type { UploadImage } from '@/types/media';

type ResponsiveImageProps = {
  image: UploadImage;
  /** How wide the image is drawn, for the browser to pick from the srcset, e.g. "(min-width: 48rem) 48rem, 100vw". */
  sizes: string;
  /** `eager` (and a high fetch priority) for the image a page opens with; `lazy` for the rest. */
  loading: 'eager' | 'lazy';
  /** Used when the upload has no alternative text of its own (an empty string: decorative). */
  fallbackAlt?: string;
  /** The image repeats what the text beside it says (a logo beside the name): screen readers skip it. */
  decorative?: boolean;
  className?: string;
};

/**
 * An uploaded image in every size Strapi made of it (srcset with widths, the browser picks),
 * with its intrinsic width and height so the page keeps its place before it loads (no layout
 * shift), and the upload's alternative text.
 */
export function ResponsiveImage({ image, sizes, loading, fallbackAlt = '', decorative = false, className }: ResponsiveImageProps) {
  const src = mediaUrl(image.url);
  if (!src) return null;
  const candidates = [
    ...Object.values(image.formats ?? {}).flatMap((format) => {
      const url = format ? mediaUrl(format.url) : null;
      return format && url ? [{ url, width: format.width }] : [];
    }),
    ...(image.width ? [{ url: src, width: image.width }] : []),
  ].sort((a, b) => a.width - b.width);
  const srcSet = [...new Map(candidates.map((candidate) => [candidate.width, candidate])).values()]
    .map((candidate) => `${candidate.url} ${candidate.width}w`)
    .join(', ');
  return (
    <img
      className={className}
      src={src}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      alt={decorative ? '' : image.alternativeText?.trim() || fallbackAlt}
      loading={loading}
      fetchPriority={loading === 'eager' ? 'high' : undefined}
      decoding={loading === 'eager' ? 'sync' : 'async'}
    />
  );
}
