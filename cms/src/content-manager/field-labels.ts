// Hand-written: these are the clinic's words for each field, which no schema or generator knows.
import type { UID } from '@strapi/strapi';

export interface FieldText {
  /** The field's label in the edit view, and the column header in the list view unless `column` is set. */
  label: string;
  /** A shorter column header for the list view. */
  column?: string;
  /** The hint under the field in the edit view: short, plain and true. */
  description: string;
  /** For a relation: the field of the related entry that names it (in the edit view and the list). */
  mainField?: string;
}

export interface ViewText {
  /** The field that names an entry of this type (the edit view's title, relation pickers). */
  mainField?: string;
  /**
   * The list view's columns, in order. For a type with draft & publish, Strapi adds the
   * Status column itself after these; a relation column shows its field's `mainField`.
   */
  list?: string[];
  fields: Record<string, FieldText>;
}

const SHOWN_ONLY_WHEN_FILLED = 'Leave empty to leave the section out.';

export const CONTENT_TYPE_VIEWS: Partial<Record<UID.ContentType, ViewText>> = {
  'api::article.article': {
    mainField: 'title',
    list: ['title', 'medicalReviewer', 'lastReviewedAt'],
    fields: {
      title: {
        label: 'Title',
        description: 'The heading of the article. Search results show it too, unless SEO has its own title.',
      },
      slug: {
        label: 'Page address',
        description: 'The address of the article\'s page: /articles/ followed by this. Changing it after publishing changes the address.',
      },
      excerpt: {
        label: 'Summary',
        description: 'One or two sentences shown under the title and on article cards; also the search result text unless SEO has its own.',
      },
      body: { label: 'Article text', description: 'The article itself. List what it relies on under Sources.' },
      cover: { label: 'Cover image', description: 'An image for the article (optional).' },
      author: {
        label: 'Author',
        description: 'The clinician who wrote the article, shown as "Written by" under the title.',
        mainField: 'name',
      },
      medicalReviewer: {
        label: 'Medical reviewer',
        description:
          'The clinician who medically reviewed the article, shown as "Medically reviewed by". An article cannot be published without a medical reviewer and a last-reviewed date.',
        mainField: 'name',
      },
      lastReviewedAt: {
        label: 'Last reviewed on',
        column: 'Last reviewed',
        description:
          'The date of the latest medical review, shown under the title. An article cannot be published without a medical reviewer and a last-reviewed date.',
      },
      sources: {
        label: 'Sources',
        description: 'The studies, guidelines and pages the article relies on, listed after the article text.',
      },
      seo: {
        label: 'SEO',
        description: 'What search engines show for the article. Leave it empty to use the title and the summary.',
      },
      commentsOpen: {
        label: 'Comments open',
        description: 'Whether visitors may comment on the article. When off, it says "Comments are closed." and takes no new comments.',
      },
      relatedTreatments: {
        label: 'Related treatments',
        description: 'Treatment options listed below the article.',
        mainField: 'name',
      },
      relatedFaqs: {
        label: 'Related questions',
        description: 'FAQ entries listed below the article.',
        mainField: 'question',
      },
    },
  },

  'api::treatment-option.treatment-option': {
    mainField: 'name',
    list: ['name', 'category', 'order'],
    fields: {
      name: { label: 'Name', description: 'The treatment\'s name, as headings and lists on the site show it.' },
      slug: {
        label: 'Page address',
        description: 'The address of the treatment\'s page: /treatments/ followed by this. Changing it after publishing changes the address.',
      },
      category: {
        label: 'Category',
        description: 'The group the treatment is listed under: Ketamine therapy, Other pain treatments or Self-care.',
      },
      summary: { label: 'Summary', description: 'One or two sentences shown under the name and on the treatment\'s card.' },
      description: { label: 'Description', description: 'The main text of the treatment\'s page (optional).' },
      howGiven: { label: 'How it is given', description: `Shown under "How it is given". ${SHOWN_ONLY_WHEN_FILLED}` },
      regulatoryStatus: {
        label: 'Regulatory status',
        description: `What the treatment is approved for, shown under "Regulatory status". ${SHOWN_ONLY_WHEN_FILLED}`,
      },
      commonSideEffects: {
        label: 'Common side effects',
        description: `Shown under "Common side effects". ${SHOWN_ONLY_WHEN_FILLED}`,
      },
      insuranceNote: {
        label: 'Insurance',
        description: `What insurance may cover, shown under "Insurance". ${SHOWN_ONLY_WHEN_FILLED}`,
      },
      order: { label: 'Position', description: 'Treatments are listed by this number within their category, lowest first.' },
    },
  },

  'api::faq-entry.faq-entry': {
    mainField: 'question',
    list: ['question', 'topic', 'order'],
    fields: {
      question: { label: 'Question', description: 'The question as a visitor would ask it.' },
      answer: { label: 'Answer', description: 'Shown when a visitor opens the question.' },
      order: { label: 'Position', description: 'Questions are listed by this number, lowest first.' },
      topic: {
        label: 'Topic',
        description: 'The heading the question is listed under on the FAQ page. Entries with exactly the same topic are grouped.',
      },
    },
  },

  'api::page.page': {
    mainField: 'title',
    list: ['title', 'slug', 'showInFooter', 'footerOrder'],
    fields: {
      title: { label: 'Title', description: 'The heading of the page. Search results and the footer link show it too, unless SEO has its own title.' },
      slug: {
        label: 'Page address',
        description:
          'The address of the page: the site\'s address, a slash, then this. The addresses the site uses itself (articles, treatments, faq, preview …) are refused. Changing it after publishing changes the address.',
      },
      summary: { label: 'Summary', description: 'One or two sentences shown under the title; also the search result text unless SEO has its own.' },
      body: { label: 'Page text', description: 'The page itself.' },
      seo: {
        label: 'SEO',
        description: 'What search engines show for the page. Leave it empty to use the title and the summary.',
      },
      showContactDetails: {
        label: 'Show contact details',
        description: 'When on, the page shows the phone number, opening hours and address from the site settings, after its summary.',
      },
      showInFooter: { label: 'Link in the footer', column: 'In footer', description: 'When on, every page of the site links to this one in its footer.' },
      footerOrder: { label: 'Position in the footer', column: 'Position', description: 'Footer links are listed by this number, lowest first.' },
    },
  },

  'api::clinician.clinician': {
    mainField: 'name',
    list: ['name', 'credentials', 'role'],
    fields: {
      name: { label: 'Name', description: 'Full name, as article bylines show it.' },
      slug: { label: 'Page address', description: 'The address of their page on the site: /team/ followed by this.' },
      credentials: { label: 'Credentials', description: 'Qualifications, shown after the name in article bylines.' },
      role: { label: 'Role', description: 'Their position at the clinic.' },
      shortBio: { label: 'Short bio', description: 'A few sentences about the clinician.' },
      photo: { label: 'Photo', description: 'A portrait (optional), shown on their page and on the team page.' },
      specialties: { label: 'Specialties', description: 'The fields of care they practise in, listed on their page.' },
    },
  },

  'api::site-setting.site-setting': {
    fields: {
      clinicName: { label: 'Clinic name', description: 'Shown in the header and the footer of every page.' },
      logo: {
        label: 'Logo',
        description: 'Shown in the header of every page, beside the clinic name. Give it an alternative text in the Media Library (usually the clinic name).',
      },
      brandColor: {
        label: 'Brand colour',
        description:
          'A colour such as #0b5394 for buttons and links. It must be dark enough for text (contrast of 4.5:1 with white, WCAG AA): a lighter one is refused with its measured contrast. Leave empty for the default.',
      },
      shareImage: {
        label: 'Link preview image',
        description: 'The picture shown when a page of the site is shared, unless the page has its own (an article its cover). About 1200×630 pixels.',
      },
      phone: { label: 'Phone number', description: 'Shown in the header and the footer; visitors can tap it to call.' },
      consultCtaText: { label: 'Consult button text', description: 'The words on the button in the header of every page.' },
      consultCtaUrl: {
        label: 'Consult button link',
        description: 'Where that button leads: /consult (the consultation request form), a web address (https://…) or another path on this site. When it is not a usable link, the button calls the phone number instead.',
      },
      consultConfirmation: {
        label: 'After a consultation request',
        description: 'What a visitor reads once their request is sent: what happens next, and when. Promise only what the front desk keeps.',
      },
      address: { label: 'Address', description: 'Shown in the footer. Leave empty to leave it out.' },
      openingHours: { label: 'Opening hours', description: 'Shown in the footer. Leave empty to leave them out.' },
      medicalDisclaimer: {
        label: 'Medical disclaimer',
        description: 'Shown in the footer of every page and at the end of every article.',
      },
      commentAutoApproveKnownAuthors: {
        label: 'Approve known commenters',
        description:
          'When on, a comment is published at once if an earlier comment with the same name and email was approved, unless another comment rule holds it or sends it to spam.',
      },
      commentHoldLinkCount: {
        label: 'Hold comments with this many links',
        description: 'A comment with at least this many links waits for a moderator.',
      },
      commentModerationKeys: {
        label: 'Hold comments containing',
        description:
          'One word or phrase per line. A comment whose text, name, email, website, IP address or browser contains one waits for a moderator.',
      },
      commentDisallowedKeys: {
        label: 'Send to spam comments containing',
        description: 'One word or phrase per line, matched as for "Hold comments containing". A matching comment goes straight to spam.',
      },
    },
  },
};

export const COMPONENT_VIEWS: Partial<Record<UID.Component, ViewText>> = {
  'shared.specialty': {
    mainField: 'name',
    fields: {
      name: { label: 'Specialty', description: 'One field of care, e.g. as their professional registration names it.' },
    },
  },

  'shared.source': {
    mainField: 'title',
    fields: {
      title: { label: 'Title', description: 'The name of the study, guideline or page, as its publisher gives it.' },
      url: { label: 'Link', description: 'Its full address, starting with http:// or https://.' },
    },
  },
  'shared.seo': {
    fields: {
      metaTitle: { label: 'Search result title', description: 'Up to 60 characters. Leave empty to use the title.' },
      metaDescription: {
        label: 'Search result description',
        description: 'Up to 160 characters. Leave empty to use the summary.',
      },
    },
  },
};
