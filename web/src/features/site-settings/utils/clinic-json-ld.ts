import type { JsonLdObject } from '@/components/seo/json-ld';
import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { clinicId } from '@/utils/json-ld-ids';
import { absoluteUrl } from '@/utils/url';

/** schema.org MedicalClinic for the whole site, from the site settings. */
export function clinicJsonLd(settings: Pick<SiteSettings, 'clinicName' | 'phone' | 'address'>): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': clinicId(),
    name: settings.clinicName,
    telephone: settings.phone,
    address: settings.address ?? undefined,
    url: absoluteUrl('/'),
  };
}
