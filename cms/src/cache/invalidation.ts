import type { Core, Modules } from '@strapi/strapi';
import { EVERYTHING } from '@clinic/http-cache';
import { publicCache } from './public-cache';

const COMMENT = 'api::comment.comment';
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/** Bumps started by writes of the current requests; a write's response waits for them. */
const pending = new Set<Promise<void>>();

function bump(types: string[]): Promise<void> {
  const cache = publicCache();
  if (!cache) return Promise.resolve();
  const done: Promise<void> = cache.invalidate(types).finally(() => pending.delete(done));
  pending.add(done);
  return done;
}

/**
 * Marks what visitors see of these types as changed, once the change is committed: right
 * away outside a transaction, or when the enclosing transaction commits (a bump before the
 * commit would let a read in between store the old rows under the new generation). Nothing
 * happens on a rollback. The bump is not waited for here: the answer to the request waits
 * for all of them at once (invalidationsSettled), so a bulk action waits one lease, not one each.
 */
export async function invalidate(strapi: Core.Strapi, types: string[]): Promise<void> {
  if (!strapi.db.inTransaction()) {
    void bump(types);
    return;
  }
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(() => void bump(types));
  });
}

/**
 * Resolves when every bump started so far has reached the store, and no process trusts
 * generations read before it any more: writes answer after this, once per request however
 * many documents they wrote.
 */
export async function invalidationsSettled(): Promise<void> {
  await Promise.all([...pending]);
}

/**
 * Every write through the Document Service (the admin's Content Manager, the moderation
 * queue, the comment API, code) invalidates the cached answers of its content type, and
 * through their dependencies every answer that shows it. A visitor's comment that is held
 * changes nothing visitors see, so it invalidates nothing: a flood of spam cannot empty
 * the cache.
 */
export function invalidateOnWrite(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const result = await next();
    if (!WRITES.has(context.action)) return result;
    const data = (context.params as { data?: { moderationStatus?: unknown } }).data;
    const heldComment = context.uid === COMMENT && context.action === 'create' && data?.moderationStatus !== 'approved';
    if (!heldComment) await invalidate(strapi, [context.uid]);
    return result;
  };
}

/**
 * Writes that do not go through the Document Service: uploaded files (the upload plugin
 * uses the query engine) and the public role's permissions, which decide what the API
 * answers at all.
 */
export function invalidateOnQueryEngineWrites(strapi: Core.Strapi): void {
  const on = (type: string) => () => invalidate(strapi, [type]);
  const lifecycles = (handler: () => Promise<void>) => ({
    afterCreate: handler,
    afterUpdate: handler,
    afterDelete: handler,
    afterCreateMany: handler,
    afterUpdateMany: handler,
    afterDeleteMany: handler,
  });
  strapi.db.lifecycles.subscribe({ models: ['plugin::upload.file'], ...lifecycles(on('plugin::upload.file')) });
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.permission', 'plugin::users-permissions.role'],
    ...lifecycles(on(EVERYTHING)),
  });
}
