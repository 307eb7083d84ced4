import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createRoutes, resolveLazyRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { freshAsOf, readServerState } from '@/lib/server-state';

/**
 * Starts the app in `container`. A page from the renderer (src/server) carries the data it
 * was rendered with: the app hydrates that markup from that data, without fetching again.
 * The plain shell (index.html, when no renderer is in front) renders from scratch.
 */
export async function startApp(container: HTMLElement, options: Pick<RootOptions, 'onRecoverableError'> = {}) {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const state = readServerState(container.ownerDocument);
  if (state) {
    hydrate(queryClient, freshAsOf(state.queries, Date.now()));
    await resolveLazyRoutes(routes, window.location.pathname);
  }
  const router = createBrowserRouter(routes, state ? { hydrationData: state.router } : undefined);
  const app = (
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>
  );
  if (state) hydrateRoot(container, app, options);
  else createRoot(container, options).render(app);
  return { router, queryClient };
}
