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
} from '../../../../plugins/front-desk/shared/contracts';
import { contactFilters, createStore, sealField, toView as strictView, UNREADABLE, type StoredRequest } from './records';
import type { Keyring } from './sealed-fields';

export interface Contact {
  email?: string | null;
  phone?: string | null;
}

export function createStaffTools(strapi: Core.Strapi, keyring: () => Keyring) {
  const store = createStore(strapi);
  /** Staff still see the rest of a request whose value no key opens, and the log says which. */
  const toView = (keys: Keyring, row: StoredRequest) =>
    strictView(keys, row, (_field, error) => {
      strapi.log.error(`Consultation request ${row.documentId}: ${error.message}`);
      return UNREADABLE;
    });

  async function counts(): Promise<Record<ConsultStatus, number>> {
    const entries = await Promise.all(CONSULT_STATUSES.map(async (status) => [status, await store.count({ status: { $eq: status } })] as const));
    return Object.fromEntries(entries) as Record<ConsultStatus, number>;
  }

  return {
    /** One status's requests, newest first, decrypted. */
    async list({ status, page, pageSize }: ConsultListQuery): Promise<ConsultListResponse> {
      const filters = { status: { $eq: status } };
      const [rows, total, byStatus] = await Promise.all([
        store.findMany({ filters, sort: [{ createdAt: 'desc' }, { id: 'desc' }], limit: pageSize, start: (page - 1) * pageSize }),
        store.count(filters),
        counts(),
      ]);
      return {
        data: rows.map((row) => toView(keyring(), row)),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, counts: byStatus },
      };
    },

    async findView(documentId: string): Promise<ConsultRequestView | null> {
      const row = await store.findOne(documentId);
      return row ? toView(keyring(), row) : null;
    },

    /** Sets the status and/or the note; closing records when, for the retention period. */
    async update(documentId: string, change: ConsultUpdateRequest): Promise<ConsultRequestView | null> {
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
      if (Object.keys(data).length === 0) return toView(keyring(), row);
      const updated = await store.documents().update({ documentId, data } as never);
      return toView(keyring(), updated as never);
    },

    /** Every request with this email or phone, decrypted, oldest first. */
    async exportByContact(contact: Contact): Promise<ConsultRequestView[]> {
      const filters = contactFilters(keyring(), contact);
      if (!filters) return [];
      const rows = await store.findMany({ filters, sort: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map((row) => toView(keyring(), row));
    },

    /** Deletes every request with this email or phone; returns how many. */
    async eraseByContact(contact: Contact): Promise<number> {
      const filters = contactFilters(keyring(), contact);
      if (!filters) return 0;
      return strapi.db.transaction(async () => {
        const rows = await store.findMany({ filters, fields: ['documentId'] } as never);
        for (const { documentId } of rows) {
          await store.documents().delete({ documentId } as never);
        }
        return rows.length;
      });
    },
  };
}

export type StaffTools = ReturnType<typeof createStaffTools>;
