import type { JsonLdObject } from '@/components/seo/json-ld';
import type { ClinicianDetail } from '@/features/clinicians/api/clinicians';
import { mediaUrl } from '@/lib/media';
import { clinicId, personId } from '@/utils/json-ld-ids';

/**
 * schema.org Person for a clinician's page: a person who practises medicine is described with
 * Person's own vocabulary (jobTitle, hasCredential, worksFor, knowsAbout): schema.org's
 * Physician and IndividualPhysician are medical organisations, not people. Articles point to
 * it by its @id as their author and reviewer.
 */
export function clinicianJsonLd(clinician: ClinicianDetail, { url, clinicName }: { url: string; clinicName: string }): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': personId(clinician.slug),
    name: clinician.name,
    url,
    jobTitle: clinician.role ?? undefined,
    hasCredential: clinician.credentials ? { '@type': 'EducationalOccupationalCredential', name: clinician.credentials } : undefined,
    description: clinician.shortBio ?? undefined,
    image: mediaUrl(clinician.photo?.url) ?? undefined,
    knowsAbout: clinician.specialties.length > 0 ? clinician.specialties.map((specialty) => specialty.name) : undefined,
    worksFor: { '@type': 'MedicalClinic', '@id': clinicId(), name: clinicName },
  };
}
