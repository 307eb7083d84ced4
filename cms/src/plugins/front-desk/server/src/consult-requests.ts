import type { Core } from '@strapi/strapi';
import type consultService from '#src/api/consult-request/services/consult-request';

export const CONSULT = 'api::consult-request.consult-request' as const;

/**
 * The API's service does every read and write of consultation requests (it alone holds the
 * keys and handles ciphertext); the plugin only calls its staff tools.
 */
export type ConsultStaffTools = Pick<ReturnType<typeof consultService>, 'staffList' | 'staffFind' | 'staffUpdate'>;

export const consultRequests = (strapi: Core.Strapi) => strapi.service(CONSULT) as unknown as ConsultStaffTools;

/**
 * How many requests have a status, for the menu badge. A count reads no personal field, so it
 * goes to the Document Service directly rather than through a list that decrypts a page.
 */
export const countWithStatus = (strapi: Core.Strapi, status: 'new' | 'contacted' | 'closed') =>
  strapi.documents(CONSULT).count({ filters: { status: { $eq: status } } } as never);
