import type { ClinicianSeed } from './types';

/**
 * SAMPLE people only. The clinic must replace both with its real author and
 * medical reviewer (real names, real credentials) before publishing.
 */
export const clinicians: ClinicianSeed[] = [
  {
    key: 'sample-author',
    name: 'Sample Author (placeholder)',
    slug: 'sample-author',
    credentials: 'MD (sample credentials)',
    role: 'Author (sample role)',
    shortBio:
      'This is a sample profile, not a real person. The clinic must replace it with its real clinician, their real credentials and a short bio before publishing.',
    specialties: [{ name: 'Sample specialty (placeholder)' }],
  },
  {
    key: 'sample-reviewer',
    name: 'Sample Medical Reviewer (placeholder)',
    slug: 'sample-medical-reviewer',
    credentials: 'MD (sample credentials)',
    role: 'Medical reviewer (sample role)',
    shortBio:
      'This is a sample profile, not a real person. The clinic must replace it with the real clinician who medically reviews its articles, with their real credentials and a short bio, before publishing.',
    specialties: [{ name: 'Sample specialty (placeholder)' }],
  },
];
