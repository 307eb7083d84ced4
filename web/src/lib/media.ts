import { env } from '@/config/env';
import { safeHref } from '@/utils/url';

/**
 * The URL to load an uploaded file from. Strapi's local upload provider returns
 * paths such as `/uploads/x.jpg` that live on the CMS's origin, not the web app's.
 */
export function mediaUrl(url: string | null | undefined): string | null {
  const href = safeHref(url);
  if (href === null || href.startsWith('mailto:') || href.startsWith('tel:')) return null;
  if (href.startsWith('/') && !href.startsWith('//')) return `${env.cmsUrl}${href}`;
  return href;
}
