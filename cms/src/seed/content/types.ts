/**
 * Shapes of the seed content. The content itself lives beside this file, one
 * module per content type; the seed runner in `src/seed` writes it through the
 * Document Service, resolving the `…Key` / `…Slug` references to documentIds.
 */

export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
};

export type LinkNode = {
  type: 'link';
  url: string;
  rel: string;
  target: string;
  children: TextNode[];
};

export type InlineNode = TextNode | LinkNode;

export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | {
      type: 'list';
      format: 'ordered' | 'unordered';
      children: { type: 'list-item'; children: InlineNode[] }[];
    };

export type Blocks = Block[];

export interface ClinicianSeed {
  /** Stable key the other seeds use to refer to this person. */
  key: string;
  name: string;
  /** The address of their page: /team/<slug>. */
  slug: string;
  credentials: string;
  role: string;
  shortBio: string;
  specialties: { name: string }[];
}

export type TreatmentCategory = 'ketamine therapy' | 'other pain treatment' | 'self-care';

export interface TreatmentOptionSeed {
  name: string;
  slug: string;
  category: TreatmentCategory;
  summary: string;
  description: Blocks;
  howGiven: string;
  regulatoryStatus: string;
  commonSideEffects: string;
  insuranceNote: string;
  order: number;
}

export interface FaqEntrySeed {
  question: string;
  answer: Blocks;
  order: number;
  topic: string;
}

export interface SourceSeed {
  title: string;
  url: string;
}

export interface ArticleSeed {
  title: string;
  slug: string;
  excerpt: string;
  body: Blocks;
  authorKey: string;
  medicalReviewerKey: string;
  /** ISO date, YYYY-MM-DD. */
  lastReviewedAt: string;
  sources: SourceSeed[];
  seo: { metaTitle: string; metaDescription: string };
  commentsOpen: boolean;
  relatedTreatmentSlugs: string[];
  relatedFaqQuestions: string[];
}

export interface SiteSettingSeed {
  clinicName: string;
  phone: string;
  consultCtaText: string;
  consultCtaUrl: string;
  consultConfirmation: string;
  address: string;
  openingHours: string;
  medicalDisclaimer: string;
  commentAutoApproveKnownAuthors: boolean;
  commentHoldLinkCount: number;
  commentModerationKeys: string;
  commentDisallowedKeys: string;
}

export type ModerationStatus = 'pending' | 'approved' | 'spam' | 'trash';

export interface CommentSeed {
  key: string;
  articleSlug: string;
  parentKey?: string;
  authorName: string;
  authorEmail: string;
  authorUrl?: string;
  body: string;
  moderationStatus: ModerationStatus;
}

export interface PageSeed {
  title: string;
  slug: string;
  summary: string;
  body: Blocks;
  seo: { metaTitle: string; metaDescription: string };
  showContactDetails: boolean;
  showInFooter: boolean;
  footerOrder: number;
}
