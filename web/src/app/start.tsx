import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { createBrowserRouter, createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createRoutes, resolveLazyRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { freshAsOf, readServerState, type ServerState } from '@/lib/server-state';
import type { PreviewInfo } from '@/types/preview';

/**
 * A preview page (src/server/preview.ts) is the previewed page's markup at /preview?…: the app
 * hydrates it at that page's path, from the draft it was rendered with, and never fetches it
 * again (the public API would swap the draft for the published version). Following a link
 * leaves the preview for the public site.
 */
async function previewApp(state: ServerState, preview: PreviewInfo) {
  const queryClient = createQueryClient({
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false, refetchOnMount: false, retry: false },
  });
  hydrate(queryClient, state.queries);
  const routes = createRoutes(queryClient);
  await resolveLazyRoutes(routes, preview.path);
  const router = createMemoryRouter(routes, { initialEntries: [preview.path], hydrationData: state.router });
  router.subscribe(({ navigation }) => {
    if (navigation.location) window.location.assign(router.createHref(navigation.location));
  });
  return { queryClient, router, preview };
}

/** The site as visitors get it: hydrated from the server's state when there is one. */
async function siteApp(state: ServerState | null) {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  if (state) {
    hydrate(queryClient, freshAsOf(state.queries, Date.now()));
    await resolveLazyRoutes(routes, window.location.pathname);
  }
  const router = createBrowserRouter(routes, state ? { hydrationData: state.router } : undefined);
  return { queryClient, router, preview: null };
}

/**
 * Starts the app in `container`. A page from the renderer (src/server) carries the data it
 * was rendered with: the app hydrates that markup from that data, without fetching again.
 * The plain shell (index.html, when no renderer is in front) renders from scratch.
 */
export async function startApp(container: HTMLElement, options: Pick<RootOptions, 'onRecoverableError'> = {}) {
  const state = readServerState(container.ownerDocument);
  const app = state?.preview ? await previewApp(state, state.preview) : await siteApp(state);
  const element = (
    <StrictMode>
      <AppProvider queryClient={app.queryClient} preview={app.preview}>
        <RouterProvider router={app.router} />
      </AppProvider>
    </StrictMode>
  );
  if (state) hydrateRoot(container, element, options);
  else createRoot(container, options).render(element);
  return { router: app.router, queryClient: app.queryClient };
}
