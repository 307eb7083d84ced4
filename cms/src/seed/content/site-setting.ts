import type { SiteSettingSeed } from './types';

/**
 * Placeholder contact details: the clinic must replace the name, phone,
 * address, hours and consult link with its real ones before going live.
 */
export const siteSetting: SiteSettingSeed = {
  clinicName: 'Ketamine Treatment Clinic (sample)',
  phone: '(555) 010-0199',
  consultCtaText: 'Free Consult',
  consultCtaUrl: '/consult',
  consultConfirmation:
    'Thank you. Someone from the clinic will call or email you, the way you asked, within one business day (sample promise: replace it with what the clinic can keep).',
  address: '123 Example Street, Springfield (sample address)',
  openingHours: "Monday to Friday, 9 am to 5 pm (sample hours; replace with the clinic's real hours)",
  medicalDisclaimer:
    'The information on this website is general information, not medical advice. It does not replace a consultation with a qualified clinician about your own situation. In a medical emergency, call 911. If you are in crisis or thinking about suicide, call or text 988 to reach the 988 Suicide & Crisis Lifeline (in the US).',
  commentAutoApproveKnownAuthors: false,
  commentHoldLinkCount: 2,
  commentModerationKeys: ['dosage', 'prescription'].join('\n'),
  commentDisallowedKeys: ['casino', 'viagra', 'crypto giveaway', 'payday loan'].join('\n'),
};
