import { RESERVED_SLUGS } from '@clinic/rules';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '@/app/router';
import { paths } from '@/config/paths';
import { createQueryClient } from '@/lib/query-client';

/** The first segment of a route path, unless it is a parameter, a splat or the root. */
const topSegment = (path: string | undefined) => {
  const first = (path ?? '').split('/').find(Boolean);
  return first && !first.startsWith(':') && first !== '*' ? first : null;
};

describe('the top-level paths of the route tree', () => {
  it('are all reserved page slugs, so no page can hide a route or be hidden by one', () => {
    const children = (routes: RouteObject[]): RouteObject[] => routes.flatMap((route) => [route, ...children(route.children ?? [])]);
    const routeSegments = children(createRoutes(createQueryClient())).map((route) => topSegment(route.path));
    const pathSegments = Object.values(paths).map((each) => topSegment(each.path));
    const segments = [...new Set([...routeSegments, ...pathSegments].filter((segment) => segment !== null))];

    expect(segments).toEqual(expect.arrayContaining(['articles', 'treatments', 'faq', 'preview']));
    expect(segments.filter((segment) => !RESERVED_SLUGS.includes(segment.toLowerCase()))).toEqual([]);
  });

  it('leave pages at one segment below the site root, after every other route', () => {
    const [root] = createRoutes(createQueryClient());
    const ids = (root?.children ?? []).map((route) => route.id);
    expect(paths.page.path).toBe('/:slug');
    expect(ids.indexOf('page')).toBe(ids.indexOf('not-found') - 1);
  });
});
