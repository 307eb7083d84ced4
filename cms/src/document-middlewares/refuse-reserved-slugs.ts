import type { Modules } from '@strapi/strapi';
import { isReservedSlug, reservedSlugMessage } from '@clinic/rules';
import { errors } from '@strapi/utils';

const PAGE = 'api::page.page';
const WRITES = new Set(['create', 'update', 'clone']);

/**
 * A page is served at `/<slug>`, so it may not take a path the site already answers (its
 * routes, the renderer's and nginx's own files: the list in @clinic/rules). Refused in the
 * Document Service on create, update and clone, so the admin's Save, the REST API and code
 * alike get Strapi's ValidationError on the slug field, and nothing is stored.
 */
export const refuseReservedSlugs: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid !== PAGE || !WRITES.has(context.action)) {
    return next();
  }
  const slug = (context.params as { data?: { slug?: unknown } }).data?.slug;
  if (typeof slug === 'string' && isReservedSlug(slug)) {
    const message = reservedSlugMessage(slug);
    throw new errors.ValidationError(message, {
      errors: [{ path: ['slug'], message, name: 'ValidationError' }],
    });
  }
  return next();
};
