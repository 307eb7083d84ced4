/**
 * What staff do with consultation requests: the Front desk's list, reading one, changing its
 * status and note (src/plugins/front-desk), and the Super Admin's personal-data export and
 * erasure by email or phone (src/plugins/moderation's privacy page).
 */
import type { Core } from '@strapi/strapi';
import { CONSULT_STATUSES, type ConsultStatus } from '@clinic/rules';
import type {
  ConsultListQuery,
  ConsultListResponse,
  ConsultRequestView,
  ConsultUpdateRequest,
} from '#src/plugins/front-desk/shared/contracts';
import { contactFilters, createStore, sealField, toView as strictView, UNREADABLE, type Store, type StoredRequest } from './records';
import type { Keyring } from './sealed-fields';

export interface Contact {
  email?: string | null;
  phone?: string | null;
}

/** What the staff tools work with: the CMS, the keys and the requests' store. */
interface StaffContext {
  strapi: Core.Strapi;
  keyring: () => Keyring;
  store: Store;
}

/** Staff still see the rest of a request whose value no key opens, and the log says which. */
const toView = ({ strapi, keyring }: StaffContext, row: StoredRequest) =>
  strictView(keyring(), row, (_field, error) => {
    strapi.log.error(`Consultation request ${row.documentId}: ${error.message}`);
    return UNREADABLE;
  });

async function counts(store: Store): Promise<Record<ConsultStatus, number>> {
  const entries = await Promise.all(CONSULT_STATUSES.map(async (status) => [status, await store.count({ status: { $eq: status } })] as const));
  return Object.fromEntries(entries) as Record<ConsultStatus, number>;
}

/** One status's requests, newest first, decrypted. */
async function list(context: StaffContext, { status, page, pageSize }: ConsultListQuery): Promise<ConsultListResponse> {
  const { store } = context;
  const filters = { status: { $eq: status } };
  const [rows, total, byStatus] = await Promise.all([
    store.findMany({ filters, sort: [{ createdAt: 'desc' }, { id: 'desc' }], limit: pageSize, start: (page - 1) * pageSize }),
    store.count(filters),
    counts(store),
  ]);
  return {
    data: rows.map((row) => toView(context, row)),
    meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, counts: byStatus },
  };
}

async function findView(context: StaffContext, documentId: string): Promise<ConsultRequestView | null> {
  const row = await context.store.findOne(documentId);
  return row ? toView(context, row) : null;
}

/** Sets the status and/or the note; closing records when, for the retention period. */
async function update(context: StaffContext, documentId: string, change: ConsultUpdateRequest): Promise<ConsultRequestView | null> {
  const { store, keyring } = context;
  const row = await store.findOne(documentId);
  if (!row) return null;
  const data: Record<string, unknown> = {};
  if (change.status !== undefined && change.status !== row.status) {
    data.status = change.status;
    data.closedAt = change.status === 'closed' ? new Date().toISOString() : null;
  }
  if (change.staffNote !== undefined) {
    const note = change.staffNote?.trim() ? change.staffNote.trim() : null;
    data.staffNote = sealField(keyring(), 'staffNote', note);
  }
  if (Object.keys(data).length === 0) return toView(context, row);
  const updated = await store.documents().update({ documentId, data } as never);
  return toView(context, updated as never);
}

/** Every request with this email or phone, decrypted, oldest first. */
async function exportByContact(context: StaffContext, contact: Contact): Promise<ConsultRequestView[]> {
  const filters = contactFilters(context.keyring(), contact);
  if (!filters) return [];
  const rows = await context.store.findMany({ filters, sort: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((row) => toView(context, row));
}

/** Deletes every request with this email or phone; returns how many. */
async function eraseByContact({ strapi, keyring, store }: StaffContext, contact: Contact): Promise<number> {
  const filters = contactFilters(keyring(), contact);
  if (!filters) return 0;
  return strapi.db.transaction(async () => {
    const rows = await store.findMany({ filters, fields: ['documentId'] } as never);
    for (const { documentId } of rows) {
      await store.documents().delete({ documentId } as never);
    }
    return rows.length;
  });
}

export function createStaffTools(strapi: Core.Strapi, keyring: () => Keyring) {
  const context: StaffContext = { strapi, keyring, store: createStore(strapi) };
  return {
    list: (query: ConsultListQuery) => list(context, query),
    findView: (documentId: string) => findView(context, documentId),
    update: (documentId: string, change: ConsultUpdateRequest) => update(context, documentId, change),
    exportByContact: (contact: Contact) => exportByContact(context, contact),
    eraseByContact: (contact: Contact) => eraseByContact(context, contact),
  };
}

export type StaffTools = ReturnType<typeof createStaffTools>;
