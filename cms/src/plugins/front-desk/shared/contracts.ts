/**
 * What the front-desk admin routes answer and accept: the contract between the plugin's
 * server and its admin pages. The API service (api::consult-request) produces these views.
 */
import type { BestTime, ConsultStatus, PreferredContact } from '@clinic/rules';

export type { BestTime, ConsultStatus, PreferredContact };
// The statuses (the list's tabs) and the staff note's limit, from the one place they are set.
export { CONSULT_LIMITS, CONSULT_STATUSES } from '@clinic/rules';

/** A consultation request as staff see it: decrypted, without the hashes. */
export interface ConsultRequestView {
  documentId: string;
  createdAt: string;
  updatedAt: string;
  status: ConsultStatus;
  name: string;
  phone: string | null;
  email: string | null;
  preferredContact: PreferredContact;
  bestTime: BestTime;
  message: string | null;
  consentedAt: string;
  staffNote: string | null;
  closedAt: string | null;
  userAgent: string | null;
}

export interface ConsultListQuery {
  status: ConsultStatus;
  page: number;
  pageSize: number;
}

export interface ConsultListResponse {
  data: ConsultRequestView[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    /** How many requests each status has, for the tabs. */
    counts: Record<ConsultStatus, number>;
  };
}

export interface ConsultUpdateRequest {
  status?: ConsultStatus;
  staffNote?: string | null;
}

export interface ConsultRequestResponse {
  data: ConsultRequestView;
}

/** The menu badge: how many requests nobody has handled yet. */
export interface ConsultCountResponse {
  data: { new: number };
}
