// Hand-written: the clinic's words for the site settings, which no schema or generator knows.
import type { ViewText } from './view-text';

export const SITE_SETTING_VIEW: ViewText = {
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
};
