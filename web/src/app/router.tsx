import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunction, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import * as root from '@/app/routes/root';
import { paths } from '@/config/paths';

/** What a route module exports (conventions): a component, optionally a loader factory and a boundary. */
type RouteModule = {
  default: ComponentType;
  clientLoader?: (queryClient: QueryClient) => LoaderFunction;
  ErrorBoundary?: ComponentType;
};

const convert = (queryClient: QueryClient) => (module: RouteModule) => ({
  Component: module.default,
  loader: module.clientLoader?.(queryClient),
  ErrorBoundary: module.ErrorBoundary,
});

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      path: paths.home.path,
      Component: root.default,
      loader: root.clientLoader(queryClient),
      ErrorBoundary: root.ErrorBoundary,
      HydrateFallback: root.HydrateFallback,
      children: [
        { index: true, lazy: () => import('@/app/routes/home').then(convert(queryClient)) },
        { path: paths.articles.path, lazy: () => import('@/app/routes/articles').then(convert(queryClient)) },
        { path: paths.article.path, lazy: () => import('@/app/routes/article').then(convert(queryClient)) },
        { path: paths.treatments.path, lazy: () => import('@/app/routes/treatments').then(convert(queryClient)) },
        { path: paths.treatment.path, lazy: () => import('@/app/routes/treatment').then(convert(queryClient)) },
        { path: paths.faq.path, lazy: () => import('@/app/routes/faq').then(convert(queryClient)) },
        { path: '*', lazy: () => import('@/app/routes/not-found').then(convert(queryClient)) },
      ],
    },
  ];
}

export function AppRouter() {
  const queryClient = useQueryClient();
  const router = useMemo(() => createBrowserRouter(createRoutes(queryClient)), [queryClient]);
  return <RouterProvider router={router} />;
}
