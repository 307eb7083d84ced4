import type { TreatmentFacts } from '@/features/treatment-options/api/treatment-options';

/** The four facts a visitor compares treatments by, with their headings. */
export const treatmentFactLabels: readonly { key: keyof TreatmentFacts; label: string }[] = [
  { key: 'howGiven', label: 'How it is given' },
  { key: 'regulatoryStatus', label: 'Regulatory status' },
  { key: 'commonSideEffects', label: 'Common side effects' },
  { key: 'insuranceNote', label: 'Insurance' },
];
