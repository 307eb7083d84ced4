import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { toTelHref } from '@/utils/phone';
import { safeHref } from '@/utils/url';

/** The consult link as editors set it; the phone when that link is not a safe URL. */
export function consultHref(settings: Pick<SiteSettings, 'consultCtaUrl' | 'phone'>): string {
  return safeHref(settings.consultCtaUrl) ?? toTelHref(settings.phone);
}
