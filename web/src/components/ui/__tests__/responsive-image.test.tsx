import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import type { UploadImage } from '@/types/media';

const image: UploadImage = {
  url: '/uploads/cover.jpg',
  width: 1600,
  height: 900,
  alternativeText: 'Soft blue waves',
  formats: {
    large: { url: '/uploads/large_cover.jpg', width: 1000, height: 563 },
    thumbnail: { url: '/uploads/thumbnail_cover.jpg', width: 245, height: 138 },
    small: { url: '/uploads/small_cover.jpg', width: 500, height: 281 },
    medium: { url: '/uploads/medium_cover.jpg', width: 750, height: 422 },
  },
};
const cms = 'http://localhost:1337';

describe('an uploaded image', () => {
  it('offers every size Strapi made, smallest first, with its intrinsic size and its alternative text', () => {
    render(<ResponsiveImage image={image} sizes="(min-width: 48rem) 48rem, 100vw" loading="lazy" />);
    const img = screen.getByRole('img', { name: 'Soft blue waves' });
    expect(img).toHaveAttribute(
      'srcset',
      `${cms}/uploads/thumbnail_cover.jpg 245w, ${cms}/uploads/small_cover.jpg 500w, ${cms}/uploads/medium_cover.jpg 750w, ${cms}/uploads/large_cover.jpg 1000w, ${cms}/uploads/cover.jpg 1600w`,
    );
    expect(img).toHaveAttribute('sizes', '(min-width: 48rem) 48rem, 100vw');
    expect(img).toHaveAttribute('src', `${cms}/uploads/cover.jpg`);
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).not.toHaveAttribute('fetchpriority');
  });

  it('loads at once, first, when it is the image the page opens with', () => {
    render(<ResponsiveImage image={image} sizes="100vw" loading="eager" />);
    const img = screen.getByRole('img');
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('fetchpriority', 'high');
  });

  it('falls back to the text it is given when the upload has none, and is decorative without either', () => {
    const { unmount } = render(<ResponsiveImage image={{ ...image, alternativeText: null }} sizes="100vw" loading="lazy" fallbackAlt="Portrait of Sample" />);
    expect(screen.getByRole('img', { name: 'Portrait of Sample' })).toBeInTheDocument();
    unmount();
    render(<ResponsiveImage image={{ ...image, alternativeText: '  ' }} sizes="100vw" loading="lazy" />);
    expect(screen.getByRole('presentation')).toHaveAttribute('alt', '');
  });

  it('is a plain image without a srcset when Strapi made no other size', () => {
    render(<ResponsiveImage image={{ ...image, formats: null, width: null, height: null }} sizes="100vw" loading="lazy" />);
    const img = screen.getByRole('img');
    expect(img).not.toHaveAttribute('srcset');
    expect(img).not.toHaveAttribute('sizes');
  });
});
