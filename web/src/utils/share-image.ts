import { mediaUrl } from '@/lib/media';
import type { ShareImage, UploadImage } from '@/types/media';

/** An upload as a link-preview image, when it has an address browsers can load. */
export function shareImage(image: UploadImage | null | undefined): ShareImage | null {
  const url = mediaUrl(image?.url);
  return image && url ? { url, width: image.width, height: image.height, alt: image.alternativeText } : null;
}
