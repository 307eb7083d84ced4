/**
 * The comment service. Strapi loads every file directly in this folder as a
 * service, so the parts live in ./lib: errors, the visibility filter, the
 * checks, the lock and the submission. This file composes them.
 */
import { factories, type Core } from '@strapi/strapi';
import type { CommentsConfig } from '#config/comments';
import { deriveKey, formTokenAnswer } from '#src/public-forms/form-token';
import { createSubmit, type SubmitKeys } from './lib/submit';
import { DEFAULT_SORT, PUBLIC_FIELDS, PUBLIC_POPULATE, VISIBLE, type PublicQuery, type StoredComment } from './lib/visibility';

export { MAX_DEPTH, type ClientInfo } from './lib/checks';
export { DuplicateCommentError } from './lib/errors';
export type { SubmitResult } from './lib/submit';
export { PUBLIC_FIELDS, VISIBLE, type PublicQuery, type StoredComment } from './lib/visibility';

const COMMENT = 'api::comment.comment';

export default factories.createCoreService(COMMENT, ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get<CommentsConfig>('comments');
  let keys: SubmitKeys | undefined;
  const submitKeys = () => {
    keys ??= {
      formToken: deriveKey(config().secret, 'form-token'),
      clientIp: deriveKey(config().secret, 'client-ip'),
    };
    return keys;
  };

  return {
    issueFormToken() {
      return formTokenAnswer(submitKeys().formToken, config().formTokenTtlSeconds);
    },

    /** Approved comments only, whatever the query asks; the client's filters narrow them further. */
    async findVisible(this: Core.CoreAPI.Service.CollectionType, query: PublicQuery) {
      return this.find({
        filters: query.filters ? { $and: [query.filters, VISIBLE] } : VISIBLE,
        sort: query.sort ?? DEFAULT_SORT,
        pagination: query.pagination,
        fields: [...PUBLIC_FIELDS],
        populate: PUBLIC_POPULATE,
      }) as unknown as Promise<{ results: StoredComment[]; pagination: unknown }>;
    },

    async findOneVisible(documentId: string): Promise<StoredComment | null> {
      return strapi.documents(COMMENT).findFirst({
        filters: { $and: [{ documentId: { $eq: documentId } }, VISIBLE] },
        fields: [...PUBLIC_FIELDS],
        populate: PUBLIC_POPULATE,
      }) as Promise<StoredComment | null>;
    },

    /** See lib/submit.ts. */
    submit: createSubmit(strapi, submitKeys),
  };
});
