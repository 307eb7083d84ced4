/**
 * The shapes the moderation plugin's admin routes answer with, shared by the
 * server (which builds them) and the admin page (which reads them): types and
 * the lists of statuses, no logic.
 */
import type { ConsultRequestView } from '#src/plugins/front-desk/shared/contracts';

export type { ConsultRequestView };

export const MODERATION_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** The queue's tabs: one per status, and everything. */
export const QUEUE_FILTERS = ['pending', 'approved', 'spam', 'trash', 'all'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export interface ArticleRef {
  documentId: string;
  title: string;
  slug: string;
}

/** One comment as the moderation queue shows it. */
export interface QueueItem {
  documentId: string;
  article: ArticleRef | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  createdAt: string;
  moderationStatus: ModerationStatus;
  /** The body as plain text: whitespace collapsed, at most 200 characters. Render it as text. */
  excerpt: string;
  linkCount: number;
  /** The documentId of the comment this one replies to. */
  parent: string | null;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface QueueListResponse {
  data: QueueItem[];
  meta: { pagination: Pagination };
}

export interface QueueCountResponse {
  data: { pending: number };
}

export interface SetStatusRequest {
  documentIds: string[];
  status: ModerationStatus;
}

export interface SetStatusResponse {
  data: { status: ModerationStatus; documentIds: string[]; updated: number };
}

/** Every stored field of one comment, for a personal-data export. */
export interface ExportedComment {
  documentId: string;
  createdAt: string;
  updatedAt: string;
  moderationStatus: ModerationStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  clientIpHash: string | null;
  userAgent: string | null;
  article: ArticleRef | null;
  parent: string | null;
}

/**
 * A personal-data export: the comments written with the email address, and the consultation
 * requests (front-desk plugin) sent with the email address or the phone number.
 */
export interface PersonalDataExport {
  data: {
    email: string | null;
    phone: string | null;
    exportedAt: string;
    comments: ExportedComment[];
    consultRequests: ConsultRequestView[];
  };
}

/** An email address, a phone number, or both; comments are found by the email address only. */
export interface PersonalDataContact {
  email?: string;
  phone?: string;
}

export interface EraseRequest extends PersonalDataContact {
  /** Replace the comments' text too (the requests are deleted whole, whatever this says). */
  removeText: boolean;
}

export interface EraseResponse {
  data: {
    /** Comments anonymised. */
    erased: number;
    /** Consultation requests deleted. */
    consultRequests: number;
  };
}
