import type { JsonLdObject } from '@/components/seo/json-ld';
import type { TreatmentDetail } from '@/features/treatment-options/api/treatment-options';

/** schema.org MedicalTherapy for a treatment page, from the treatment's content. */
export function treatmentJsonLd(treatment: TreatmentDetail, url: string): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalTherapy',
    name: treatment.name,
    description: treatment.summary,
    url,
    howPerformed: treatment.howGiven ?? undefined,
    legalStatus: treatment.regulatoryStatus ?? undefined,
  };
}
