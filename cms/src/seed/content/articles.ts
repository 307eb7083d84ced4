import { b, h2, p, ul } from './blocks';
import { faqEntries } from './faq-entries';
import { selfCareForMood } from './self-care';
import type { ArticleSeed } from './types';

export const articles: ArticleSeed[] = [
  {
    title: 'What is ketamine treatment?',
    slug: 'what-is-ketamine-treatment',
    excerpt:
      'What ketamine is and where it came from; how ketamine infusion therapy and esketamine nasal spray are used, and what each is approved for; other pain treatments; and self-care tips for mood.',
    body: [
      p('Sometimes depression does not lift, no matter what you try.'),
      p('Or pain does not go away, and you feel trapped by it.'),
      p(
        'There are possible options. This article looks at two of them, ketamine infusion therapy and esketamine nasal spray, and at what each one is used for. It also covers other pain treatments and self-care.',
      ),

      h2('What is ketamine?'),
      p('Ketamine was developed as an anesthetic, a medicine used for surgery.'),
      p('It is a derivative of phencyclidine (PCP). It is not related to GHB.'),

      h2('A short history'),
      ul([
        [b('1962: '), 'Calvin Stevens first synthesized ketamine at the drug company Parke-Davis.'],
        [b('1964: '), 'Ketamine was first given to humans.'],
        [
          b('1970: '),
          'The U.S. Food and Drug Administration (FDA) approved ketamine as an anesthetic.',
        ],
        [
          b('After 1970: '),
          'Following that approval, ketamine was used to sedate injured U.S. soldiers in the Vietnam War.',
        ],
      ]),
      p('Later, ketamine was also misused as a recreational "club drug".'),

      h2('What is ketamine used for?'),
      p('Ketamine is used for anesthesia, for sedation and in veterinary medicine.'),
      p(
        'After decades of study, researchers have found that it may have other medical uses. It has been studied and used for mood disorders, such as depression, anxiety, bipolar disorder and post-traumatic stress disorder (PTSD), and for chronic pain.',
      ),
      p(
        'Ketamine itself is FDA-approved as an anesthetic, not for these conditions. Treating depression with a ketamine infusion is therefore off-label.',
      ),
      p(
        'Esketamine, a form of ketamine described below, is FDA-approved for some kinds of depression.',
      ),

      h2('Ketamine infusion therapy'),
      p('In ketamine infusion therapy, ketamine is given as an infusion into a vein (intravenously).'),
      p(
        'The FDA has not approved ketamine to treat depression. Because ketamine has been approved as an anesthetic since 1970, doctors can also use it "off-label".',
      ),
      p(
        'Off-label means using an approved medicine for a purpose other than the one it was approved for.',
      ),

      h2('Esketamine nasal spray'),
      p(
        'Esketamine (brand name Spravato) is a form of ketamine given as a nasal spray. It needs a prescription.',
      ),
      p('The FDA has approved esketamine for:'),
      ul([
        [
          b('Treatment-resistant depression in adults. '),
          'Approved on March 5, 2019 for use together with an antidepressant taken by mouth. Since January 2025, it is also approved on its own.',
        ],
        [
          b('Depressive symptoms in adults with major depressive disorder who have acute suicidal thoughts or actions. '),
          'Approved in 2020.',
        ],
      ]),
      p(b('Esketamine is not approved to treat chronic pain.')),
      p(
        'Esketamine is given only in a certified healthcare setting, under an FDA safety program called a REMS (Risk Evaluation and Mitigation Strategy).',
      ),
      p('You are monitored for at least two hours after each dose.'),

      h2('Other pain treatments'),
      p('Other treatments for persistent pain include:'),
      ul([
        [
          b('Over-the-counter and topical pain relievers. '),
          'You can buy these without a prescription. They include acetaminophen and nonsteroidal anti-inflammatory drugs (NSAIDs) such as aspirin, ibuprofen and naproxen. Topical pain relievers, which you put on the skin, can give temporary, short-term relief.',
        ],
        [
          b('Trigger point injections. '),
          'These treat painful areas of muscle with trigger points: tight knots that form when muscles cannot relax. A treatment session is usually short and can bring lasting relief.',
        ],
        [
          b('Spinal cord stimulation. '),
          'An implanted device sends mild electrical pulses to the spinal cord.',
        ],
        [
          b('Intrathecal drug delivery. '),
          'An implanted pain pump delivers medicine into the fluid around the spinal cord.',
        ],
      ]),
      p(
        'Surgical implants for pain are rare. Spinal cord stimulation and intrathecal drug delivery are the two main types.',
      ),

      h2('Self-care'),
      ...selfCareForMood,

      h2('Talk with a clinician'),
      p(
        'If you are living with depression or persistent pain, talk with a clinician about which options may be right for you.',
      ),
      p('This article is general information, not medical advice.'),
    ],
    authorKey: 'sample-author',
    medicalReviewerKey: 'sample-reviewer',
    lastReviewedAt: '2026-11-01',
    sources: [
      {
        title: 'History of ketamine: intravenous anesthesia teaching page (greggordon.org)',
        url: 'https://www.greggordon.org/edu/ivanes/ketamine1.htm',
      },
      {
        title: 'Rediscovering ketamine: history of ketamine (Anschutz Medical Campus)',
        url: 'https://www.anschutzmedicalcampus.com/rediscovering-ketamine',
      },
      {
        title:
          "U.S. FDA news release, March 5, 2019: FDA approves new nasal spray medication for treatment-resistant depression; available only at a certified doctor's office or clinic",
        url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified',
      },
      {
        title:
          'National Alliance on Mental Illness (NAMI): information on ketamine and esketamine (NAMI website)',
        url: 'https://www.nami.org',
      },
      {
        title:
          'PEPID blog, March 20, 2019: FDA approves Spravato (esketamine) nasal spray for treatment-resistant depression',
        url: 'https://blog.pepid.com/2019/03/20/fda-approves-spravato-esketamine-nasal-spray-for-treatment-resistant-depression-2/',
      },
      {
        title:
          'Johnson & Johnson press release, January 21, 2025: Spravato (esketamine) approved in the U.S. as the first and only monotherapy for adults with treatment-resistant depression',
        url: 'https://www.jnj.com/media-center/press-releases/spravato-esketamine-approved-in-the-u-s-as-the-first-and-only-monotherapy-for-adults-with-treatment-resistant-depression',
      },
    ],
    seo: {
      metaTitle: 'What Is Ketamine Treatment? Infusions and Nasal Spray',
      metaDescription:
        'Ketamine infusion therapy and esketamine nasal spray explained: history, uses, FDA approval status, other pain treatments and self-care tips.',
    },
    commentsOpen: true,
    relatedTreatmentSlugs: [
      'ketamine-infusion-therapy',
      'esketamine-nasal-spray',
      'over-the-counter-and-topical-pain-relievers',
      'trigger-point-injections',
      'spinal-cord-stimulation',
      'intrathecal-drug-delivery',
      'self-care-for-mood',
    ],
    relatedFaqQuestions: faqEntries.map((entry) => entry.question),
  },
];
