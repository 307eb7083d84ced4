import type { Core } from '@strapi/strapi';

const PREVIEW_URL_ROUTE = '/preview/url/:contentType';

type Route = { method: string; path: string; config?: { policies?: unknown[] } };
type Router = { routes?: Route[] };

/**
 * Only an admin who may read a content type in the Content Manager gets preview links for it.
 * Strapi's `GET /content-manager/preview/url/:contentType` checks no more than that the caller
 * is an admin (its controller says "TODO: Permissions"): as shipped, the Moderator role would
 * get a working link to any draft. This puts the missing check (src/policies/can-preview.ts)
 * on that route, before its controller runs.
 */
export function requirePreviewPermission(strapi: Core.Strapi) {
  const routers = Object.values((strapi.plugin('content-manager').routes ?? {}) as Record<string, Router>);
  const route = routers.flatMap((router) => router.routes ?? []).find((each) => each.method === 'GET' && each.path === PREVIEW_URL_ROUTE);
  if (!route) {
    throw new Error(`The Content Manager has no ${PREVIEW_URL_ROUTE} route to guard: check the preview permission after a Strapi upgrade`);
  }
  route.config = { ...route.config, policies: [...(route.config?.policies ?? []), 'global::can-preview'] };
}
