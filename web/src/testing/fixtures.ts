/**
 * Strapi-shaped response data for tests, copied from what the seeded CMS returns
 * for the web app's queries (cms/src/seed/content), shortened where the text is long.
 */
import type { ArticleDetail, ArticleSummary } from '@/features/articles/api/articles';
import type { FaqEntryItem } from '@/features/faq-entries/api/faq-entries';
import type { PageDetail } from '@/features/pages/api/pages';
import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import type { TreatmentDetail } from '@/features/treatment-options/api/treatment-options';
import type { PublicComment } from '@/features/comments/api/comments';

type WithId<T> = T & { id: number };

export const siteSettingsFixture: WithId<SiteSettings> = {
  id: 1,
  documentId: 'site-setting-1',
  clinicName: 'Harbour Ketamine Clinic',
  phone: '+1 (555) 010-2030',
  consultCtaText: 'Free Consult',
  consultCtaUrl: '/consult',
  consultConfirmation: 'Thank you. Someone from the clinic will contact you the way you asked within one business day.',
  address: '1 Harbour Street',
  openingHours: 'Mon–Fri 9:00–17:00',
  medicalDisclaimer: 'This site does not give medical advice.',
};

const author = {
  id: 1,
  documentId: 'jiaik621uq34axnwj0r6ox6t',
  name: 'Sample Author (placeholder)',
  slug: 'sample-author',
  credentials: 'MD (sample credentials)',
  role: 'Author (sample role)',
};

const reviewer = {
  id: 2,
  documentId: 'ri1ycfg6zld0acuiiph0i8a9',
  name: 'Sample Medical Reviewer (placeholder)',
  slug: 'sample-medical-reviewer',
  credentials: 'MD (sample credentials)',
  role: 'Medical reviewer (sample role)',
};

/** The care team as the clinicians API returns it (the detail query adds the specialties). */
export const cliniciansFixture = [author, reviewer].map((person) => ({
  ...person,
  shortBio: `This is a sample profile of ${person.name}, not a real person.`,
  photo: null,
  specialties: [{ id: person.id, name: 'Sample specialty (placeholder)' }],
}));

export const faqEntriesFixture: WithId<FaqEntryItem>[] = [
  {
    id: 2,
    documentId: 'lifu7z2uu7npnqr68qrazrno',
    question: 'Will I fall asleep?',
    answer: [
      { type: 'paragraph', children: [{ type: 'text', text: 'No.' }] },
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            text: 'The infusion is given into a vein (intravenously). The dose can make you feel a little drowsy during and after the treatment, but not enough to make you fall asleep.',
          },
        ],
      },
    ],
    order: 1,
    topic: 'During treatment',
  },
  {
    id: 4,
    documentId: 'h2xe7c9vsghx3491cc7vtj7b',
    question: 'How soon will my symptoms subside?',
    answer: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            text: 'It depends on your overall health and on how severe your condition was before treatment.',
          },
        ],
      },
    ],
    order: 2,
    topic: 'Results',
  },
  {
    id: 6,
    documentId: 'q8v1o0a3d4zkqk1m7r2x5c9b',
    question: 'Are there side effects?',
    answer: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Yes. Common side effects of a ketamine infusion are:' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'drowsiness' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'mild nausea' }] },
        ],
      },
    ],
    order: 3,
    topic: 'Safety',
  },
  {
    id: 8,
    documentId: 'n3b6w2u9p0c5x7y1t4r8e2qa',
    question: 'Will my insurance cover the infusions?',
    answer: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ketamine infusion is an off-label treatment, so insurance does not usually cover it.' },
        ],
      },
    ],
    order: 4,
    topic: 'Cost and insurance',
  },
];

export const treatmentOptionsFixture: WithId<TreatmentDetail>[] = [
  {
    id: 2,
    documentId: 'yk97h8q8k0v1j6roscnyskoa',
    name: 'Ketamine infusion therapy',
    slug: 'ketamine-infusion-therapy',
    category: 'ketamine therapy',
    summary:
      'Ketamine given as an infusion into a vein (intravenously). It is one possible option for people with depression or persistent pain. Using ketamine for depression is off-label.',
    description: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'In ketamine infusion therapy, ketamine is given as an infusion into a vein (intravenously).' },
        ],
      },
    ],
    howGiven: 'As an infusion into a vein (intravenously).',
    regulatoryStatus:
      'Ketamine has been FDA-approved as an anesthetic since 1970. It is not FDA-approved to treat depression or chronic pain, so using it for them is off-label.',
    commonSideEffects:
      'Common: drowsiness, mild nausea, a faster heartbeat and a temporary rise in blood pressure. Less common: agitation, vivid dreams and mood swings.',
    insuranceNote:
      'Ketamine infusion is an off-label treatment and is not usually covered by insurance. Check with your insurer.',
    order: 1,
  },
  {
    id: 4,
    documentId: 'lbslnz57lhl30tu7w8t6y85e',
    name: 'Esketamine nasal spray',
    slug: 'esketamine-nasal-spray',
    category: 'ketamine therapy',
    summary:
      'Esketamine (brand name Spravato) is a form of ketamine given as a nasal spray. It is not approved for chronic pain.',
    description: [
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'Esketamine is not approved to treat chronic pain.', bold: true }],
      },
    ],
    howGiven:
      'As a nasal spray, only in a certified healthcare setting, with at least two hours of monitoring after each dose.',
    regulatoryStatus:
      'FDA-approved on March 5, 2019 for treatment-resistant depression in adults. Not approved for chronic pain. Available only under a REMS safety program.',
    commonSideEffects: 'Ask your clinician about the side effects that apply to you.',
    insuranceNote: 'Coverage varies by plan; check with your insurer.',
    order: 2,
  },
  {
    id: 6,
    documentId: 'jsofmhu2cjgqllr3ip7bv30q',
    name: 'Over-the-counter and topical pain relievers',
    slug: 'over-the-counter-and-topical-pain-relievers',
    category: 'other pain treatment',
    summary: 'Pain relievers you can buy without a prescription, such as acetaminophen and NSAIDs.',
    description: [],
    howGiven: 'Taken by mouth or, for topical pain relievers, put on the skin.',
    regulatoryStatus: 'Available without a prescription.',
    commonSideEffects: 'Ask your clinician about the side effects that apply to you. Follow the directions on the label.',
    insuranceNote: 'Coverage varies by plan; check with your insurer.',
    order: 3,
  },
  {
    id: 14,
    documentId: 'p0w9s8d7f6g5h4j3k2l1z0xc',
    name: 'Self-care for mood',
    slug: 'self-care-for-mood',
    category: 'self-care',
    summary: 'Everyday steps that can help with symptoms of mood disorders.',
    description: [],
    howGiven: 'At home, as part of your daily life.',
    regulatoryStatus: 'Not a medical treatment: these are everyday habits.',
    commonSideEffects: 'Ask your clinician which activities are right for you.',
    insuranceNote: 'Not applicable: these are everyday habits, not a billed treatment.',
    order: 7,
  },
];

export const articleFixture: WithId<ArticleDetail> = {
  id: 2,
  documentId: 'afirqtli68avxqzhmd2rn597',
  title: 'What is ketamine treatment?',
  slug: 'what-is-ketamine-treatment',
  excerpt:
    'What ketamine is and where it came from; how ketamine infusion therapy and esketamine nasal spray are used, and what each is approved for; other pain treatments; and self-care tips for mood.',
  lastReviewedAt: '2026-11-01',
  commentsOpen: true,
  body: [
    {
      type: 'paragraph',
      children: [{ type: 'text', text: 'Sometimes depression does not lift, no matter what you try.' }],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'What is ketamine?' }] },
    {
      type: 'paragraph',
      children: [{ type: 'text', text: 'Ketamine was developed as an anesthetic, a medicine used for surgery.' }],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'A short history' }] },
    {
      type: 'list',
      format: 'unordered',
      children: [
        {
          type: 'list-item',
          children: [
            { type: 'text', text: '1962: ', bold: true },
            { type: 'text', text: 'Calvin Stevens first synthesized ketamine at the drug company Parke-Davis.' },
          ],
        },
        {
          type: 'list-item',
          children: [
            { type: 'text', text: '1970: ', bold: true },
            {
              type: 'text',
              text: 'The U.S. Food and Drug Administration (FDA) approved ketamine as an anesthetic.',
            },
          ],
        },
      ],
    },
  ],
  author,
  medicalReviewer: reviewer,
  sources: [
    {
      id: 7,
      title: 'History of ketamine: intravenous anesthesia teaching page (greggordon.org)',
      url: 'https://www.greggordon.org/edu/ivanes/ketamine1.htm',
    },
    {
      id: 9,
      title:
        'U.S. FDA news release, March 5, 2019: FDA approves new nasal spray medication for treatment-resistant depression',
      url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified',
    },
  ],
  seo: {
    metaTitle: 'What Is Ketamine Treatment? Infusions and Nasal Spray',
    metaDescription:
      'Ketamine infusion therapy and esketamine nasal spray explained: history, uses, FDA approval status, other pain treatments and self-care tips.',
  },
  relatedTreatments: treatmentOptionsFixture
    .slice(0, 2)
    .map(({ id, documentId, name, slug, category, summary }) => ({ id, documentId, name, slug, category, summary })),
  relatedFaqs: faqEntriesFixture.slice(0, 2),
};

/** The article as the list query returns it: card fields and the author. */
export const articleSummaryFixture: WithId<ArticleSummary> = {
  id: articleFixture.id,
  documentId: articleFixture.documentId,
  title: articleFixture.title,
  slug: articleFixture.slug,
  excerpt: articleFixture.excerpt,
  lastReviewedAt: articleFixture.lastReviewedAt,
  author,
};

/** Approved comments on the article, as the public comments API lists them (oldest first). */
export const commentsFixture: PublicComment[] = [
  {
    documentId: 'c1approvedtopxxxxxxxxxxx',
    authorName: 'Sample Visitor A',
    authorUrl: 'https://visitor-a.example.com',
    body: 'Thank you for the clear explanation.\nIt helped a lot.',
    createdAt: '2026-11-02T10:00:00.000Z',
    parent: null,
  },
  {
    documentId: 'c2approvedreplyxxxxxxxxx',
    authorName: 'Sample Clinic Team (placeholder)',
    authorUrl: null,
    body: 'You are welcome. Call us if you have questions.',
    createdAt: '2026-11-02T12:00:00.000Z',
    parent: { documentId: 'c1approvedtopxxxxxxxxxxx' },
  },
  {
    documentId: 'c3approvedxssxxxxxxxxxxx',
    authorName: 'Sample Visitor B',
    authorUrl: 'javascript:alert(1)',
    body: '<b>bold?</b> <img src=x onerror="alert(1)"> stays text',
    createdAt: '2026-11-03T09:00:00.000Z',
    parent: null,
  },
];

const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });

/** A page as the CMS stores it: what the detail query reads, and the footer fields. */
export type PageFixture = WithId<PageDetail> & { showInFooter: boolean; footerOrder: number };

/** The site's pages, in the CMS's id order, which is not their footer order. */
export const pagesFixture: PageFixture[] = [
  {
    id: 1,
    documentId: 'pg0about0000000000000001',
    title: 'About the clinic',
    slug: 'about',
    summary: 'Who we are and how the clinic works.',
    body: [paragraph('Sample page: the clinic replaces it with its own facts.')],
    seo: null,
    showContactDetails: false,
    showInFooter: false,
    footerOrder: 0,
  },
  {
    id: 3,
    documentId: 'pg0privacy00000000000003',
    title: 'Privacy policy',
    slug: 'privacy-policy',
    summary: 'What this website stores about you, and why.',
    body: [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'When you post a comment' }] },
      paragraph('Your email address is never shown on the site.'),
    ],
    seo: { metaTitle: 'Privacy', metaDescription: 'What the site stores about you.' },
    showContactDetails: true,
    showInFooter: true,
    footerOrder: 2,
  },
  {
    id: 2,
    documentId: 'pg0visitus00000000000002',
    title: 'Visit us',
    slug: 'visit-us',
    summary: "The clinic's address, opening hours and phone number, and how to get here.",
    body: [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Getting here' }] }, paragraph('Sample directions.')],
    seo: null,
    showContactDetails: true,
    showInFooter: true,
    footerOrder: 1,
  },
];
