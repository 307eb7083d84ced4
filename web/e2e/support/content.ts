/**
 * The seeded content the specs expect to see, copied from cms/src/seed/content/*.ts (the CMS
 * seeds it on the stack's empty database). Copied rather than imported: a spec states what a
 * visitor must find on the page, and a change to the seed should show up here as a diff.
 */
export const site = {
  clinicName: 'Ketamine Treatment Clinic (sample)',
  phone: '(555) 010-0199',
  telHref: 'tel:5550100199',
  consultCta: 'Free Consult',
  consultConfirmation:
    'Thank you. Someone from the clinic will call or email you, the way you asked, within one business day (sample promise: replace it with what the clinic can keep).',
  /** The crisis line, a part of the site settings' disclaimer that the footer carries. */
  crisisLine: 'If you are in crisis or thinking about suicide, call or text 988 to reach the 988 Suicide & Crisis Lifeline (in the US).',
  address: '123 Example Street, Springfield (sample address)',
  openingHours: "Monday to Friday, 9 am to 5 pm (sample hours; replace with the clinic's real hours)",
};

export const article = {
  title: 'What is ketamine treatment?',
  slug: 'what-is-ketamine-treatment',
  path: '/articles/what-is-ketamine-treatment',
  reviewer: 'Sample Medical Reviewer (placeholder)',
  lastReviewed: '2026-11-01',
  /** The level-2 headings of the article's body, in order. */
  sections: [
    'What is ketamine?',
    'A short history',
    'What is ketamine used for?',
    'Ketamine infusion therapy',
    'Esketamine nasal spray',
    'Other pain treatments',
    'Self-care',
    'Talk with a clinician',
  ],
};

export type Treatment = { name: string; slug: string; path: string; firstParagraph: string };

const treatment = (name: string, slug: string, firstParagraph: string): Treatment => ({
  name,
  slug,
  path: `/treatments/${slug}`,
  firstParagraph,
});

/** In the seed's `order`. */
export const treatments: Treatment[] = [
  treatment(
    'Ketamine infusion therapy',
    'ketamine-infusion-therapy',
    'In ketamine infusion therapy, ketamine is given as an infusion into a vein (intravenously).',
  ),
  treatment(
    'Esketamine nasal spray',
    'esketamine-nasal-spray',
    'Esketamine (brand name Spravato) is a form of ketamine given as a nasal spray. It needs a prescription.',
  ),
  treatment(
    'Over-the-counter and topical pain relievers',
    'over-the-counter-and-topical-pain-relievers',
    'Over-the-counter pain relievers are medicines you can buy without a prescription. They include:',
  ),
  treatment(
    'Trigger point injections',
    'trigger-point-injections',
    'Trigger points are tight knots of muscle that form when muscles cannot relax.',
  ),
  treatment(
    'Spinal cord stimulation',
    'spinal-cord-stimulation',
    'In spinal cord stimulation, an implanted device sends mild electrical pulses to the spinal cord.',
  ),
  treatment(
    'Intrathecal drug delivery',
    'intrathecal-drug-delivery',
    'In intrathecal drug delivery, an implanted pain pump delivers medicine into the fluid around the spinal cord.',
  ),
  treatment(
    'Self-care for mood',
    'self-care-for-mood',
    'Besides ketamine infusion therapy or esketamine nasal spray, there are other ways to help with symptoms of mood disorders:',
  ),
];

/** In the seed's `order`; `answer` is a sentence of the answer, shown when the question is opened. */
export const faqs = [
  {
    question: 'Will I fall asleep?',
    answer: 'The dose can make you feel a little drowsy during and after the treatment, but not enough to make you fall asleep.',
  },
  {
    question: 'How soon will my symptoms subside?',
    answer: 'Some people feel an effect right away. Others notice improvement a day or two later.',
  },
  { question: 'Are there side effects?', answer: 'Less common side effects are agitation, vivid dreams and mood swings.' },
  {
    question: 'Will my insurance cover the infusions?',
    answer: 'Ketamine infusion is an off-label treatment, so insurance does not usually cover it.',
  },
];

export type SitePageContent = {
  title: string;
  slug: string;
  path: string;
  /** A sentence of its text, as the seed writes it. */
  phrase: string;
  inFooter: boolean;
};

const sitePage = (title: string, slug: string, phrase: string, inFooter: boolean): SitePageContent => ({
  title,
  slug,
  path: `/${slug}`,
  phrase,
  inFooter,
});

/** The seeded pages (cms/src/seed/content/pages.ts); the footer lists the last three, in this order. */
export const sitePages: SitePageContent[] = [
  sitePage('About the clinic', 'about', 'Nothing on this site is medical advice', false),
  sitePage('Visit us', 'visit-us', 'Before your first visit', true),
  sitePage('Privacy policy', 'privacy-policy', 'Nothing deletes comments automatically', true),
  sitePage('Accessibility statement', 'accessibility', 'Our target is the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA', true),
];
