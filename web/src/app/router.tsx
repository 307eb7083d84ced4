import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { matchRoutes, type LoaderFunction, type RouteObject } from 'react-router';
import * as root from '@/app/routes/root';
import { paths } from '@/config/paths';

/** What a route module exports (conventions): a component, optionally a loader factory and a boundary. */
type RouteModule = {
  default: ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
  ErrorBoundary?: ComponentType;
};

const convert = (queryClient: QueryClient) => (module: RouteModule) => ({
  Component: module.default,
  loader: module.loader?.(queryClient),
  ErrorBoundary: module.ErrorBoundary,
});

/** The route tree: the same in the browser, in the page renderer (src/server) and in tests. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      path: paths.home.path,
      Component: root.default,
      loader: root.loader(queryClient),
      ErrorBoundary: root.ErrorBoundary,
      HydrateFallback: root.HydrateFallback,
      // Each page's id is its module's name in src/app/routes/: the page renderer preloads
      // that module's chunk for the page it renders.
      children: [
        { id: 'home', index: true, lazy: () => import('@/app/routes/home').then(convert(queryClient)) },
        { id: 'articles', path: paths.articles.path, lazy: () => import('@/app/routes/articles').then(convert(queryClient)) },
        { id: 'article', path: paths.article.path, lazy: () => import('@/app/routes/article').then(convert(queryClient)) },
        { id: 'treatments', path: paths.treatments.path, lazy: () => import('@/app/routes/treatments').then(convert(queryClient)) },
        { id: 'treatment', path: paths.treatment.path, lazy: () => import('@/app/routes/treatment').then(convert(queryClient)) },
        { id: 'faq', path: paths.faq.path, lazy: () => import('@/app/routes/faq').then(convert(queryClient)) },
        { id: 'team', path: paths.team.path, lazy: () => import('@/app/routes/team').then(convert(queryClient)) },
        { id: 'team-member', path: paths.teamMember.path, lazy: () => import('@/app/routes/team-member').then(convert(queryClient)) },
        { id: 'consult', path: paths.consult.path, lazy: () => import('@/app/routes/consult').then(convert(queryClient)) },
        { id: 'preview', path: paths.preview.path, lazy: () => import('@/app/routes/preview').then(convert(queryClient)) },
        // Below the static paths above, which always win over a dynamic segment.
        { id: 'page', path: paths.page.path, lazy: () => import('@/app/routes/page').then(convert(queryClient)) },
        { id: 'not-found', path: '*', lazy: () => import('@/app/routes/not-found').then(convert(queryClient)) },
      ],
    },
  ];
}

/**
 * Loads the lazy route modules that `pathname` matches and puts them in place, so the
 * first render in the browser is the page the server rendered, not a fallback.
 */
export async function resolveLazyRoutes(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const properties = await route.lazy();
      Object.assign(route, properties, { lazy: undefined });
    }),
  );
}
