import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const COMMENT = 'api::comment.comment';

type RelationInput = unknown;

/** Whether a to-one relation input (documentId, id, { documentId }, { connect }, { set }) names a target. */
function namesTarget(input: RelationInput): boolean {
  if (typeof input === 'string' || typeof input === 'number') return input !== '';
  if (Array.isArray(input)) return input.length > 0;
  if (input && typeof input === 'object') {
    const { connect, set, documentId, id } = input as Record<string, unknown>;
    return Boolean(documentId ?? id) || namesTarget(connect) || namesTarget(set);
  }
  return false;
}

/** Whether an update's relation input would leave the relation empty. */
function clearsTarget(input: RelationInput): boolean {
  if (input === null) return true;
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const { connect, set, disconnect } = input as Record<string, unknown>;
    if (Array.isArray(set)) return set.length === 0;
    return namesTarget(disconnect) && !namesTarget(connect);
  }
  return false;
}

/** A comment always belongs to an article: refuse to create one without it or to detach it. */
export const requireCommentArticle: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid === COMMENT && (context.action === 'create' || context.action === 'update')) {
    const data = ((context.params as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>;
    const missing = context.action === 'create' ? !namesTarget(data.article) : 'article' in data && clearsTarget(data.article);
    if (missing) {
      throw new errors.ValidationError('A comment must belong to an article.', {
        errors: [{ path: ['article'], message: 'An article is required', name: 'ValidationError' }],
      });
    }
  }
  return next();
};
