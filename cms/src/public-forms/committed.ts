import type { Core, UID } from '@strapi/strapi';
import { DatabaseUnavailableError } from '../database/unavailable';

/**
 * knex resolves a transaction's commit even when COMMIT fails (the failure goes to a promise
 * Strapi does not await), and Strapi skips the commit of a transaction that a lost connection
 * already rolled back: a create can "succeed" with nothing stored. A 201 promises the entry is
 * kept, so read it back once the transaction is over; a 503 when it is not there.
 */
export async function assertCommitted(strapi: Core.Strapi, uid: UID.CollectionType, documentId: string): Promise<void> {
  const stored = await strapi.documents(uid).findOne({ documentId, fields: ['documentId'] } as never);
  if (!stored) {
    throw new DatabaseUnavailableError(`${uid} ${documentId} was not committed`);
  }
}
