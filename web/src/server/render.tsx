import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, isRouteErrorResponse, StaticRouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { serializeForScript, type ServerState } from '@/lib/server-state';
import type { PreviewInfo } from '@/types/preview';

/** A rendered page, or why there is none and the browser must render the page itself. */
export type RenderResult =
  | { kind: 'page'; status: number; head: string; root: string; state: string; routeIds: string[] }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'shell'; status: number; reason: string };

// The document React renders: head elements (<title>, <meta>, <link>) rendered anywhere in
// the app are hoisted into a <head> React adds, so the two parts can be taken apart again.
// No <head> of our own: the app's useId values depend on its place in the tree, and only
// <html><body><div> (one child each) leaves them as hydrateRoot(#root) computes them.
const DOCUMENT = /^<html[^>]*>(?:<head>([\s\S]*)<\/head>)?<body><div id="root">([\s\S]*)<\/div><\/body><\/html>$/;

/**
 * Renders the page at `request.url` with the route tree the browser uses: the loaders fill a
 * fresh query cache from the CMS, the app renders from it, and the cache goes along with the
 * HTML so the browser hydrates without fetching again.
 *
 * Only pages that load are rendered here (the catch-all not-found page too, with a 404).
 * Content the CMS does not have (a loader's 404) or a CMS failure returns a `shell`: the SPA
 * shell with that status, so the browser renders the not-found page or the error view (with
 * its retry) exactly as it does without a renderer.
 */
export async function renderPage(request: Request, { preview }: { preview?: PreviewInfo } = {}): Promise<RenderResult> {
  // No retries: a visitor waits for this answer; the browser retries on its own if it must.
  const queryClient = createQueryClient({ queries: { retry: false } });
  try {
    const handler = createStaticHandler(createRoutes(queryClient));
    const context = await handler.query(request);
    if (context instanceof Response) {
      return { kind: 'redirect', status: context.status, location: context.headers.get('Location') ?? '/' };
    }
    const error: unknown = Object.values<unknown>(context.errors ?? {})[0];
    if (error !== undefined) {
      if (isRouteErrorResponse(error)) return { kind: 'shell', status: error.status, reason: `${error.status} ${error.statusText}` };
      return { kind: 'shell', status: 503, reason: error instanceof Error ? error.message : 'a loader failed' };
    }

    // Taken in the same tick as the render below, so the markup and the state agree even
    // if a prefetch (the comments) settles in between.
    const state: ServerState = {
      queries: dehydrate(queryClient),
      router: { loaderData: context.loaderData, actionData: context.actionData, errors: null },
      ...(preview ? { preview } : {}),
    };
    const html = renderToString(
      <html lang="en">
        <body>
          <div id="root">
            <StrictMode>
              <AppProvider queryClient={queryClient} preview={preview}>
                <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />
              </AppProvider>
            </StrictMode>
          </div>
        </body>
      </html>,
    );
    const parts = DOCUMENT.exec(html);
    if (!parts) return { kind: 'shell', status: 500, reason: 'the rendered document has an unexpected shape' };
    const [, head = '', root = ''] = parts;
    // The catch-all route is the not-found page: rendered like any page, answered as a 404.
    const status = context.matches.at(-1)?.route.path === '*' ? 404 : context.statusCode;
    const routeIds = context.matches.map((match) => match.route.id);
    return { kind: 'page', status, head, root, state: serializeForScript(state), routeIds };
  } finally {
    // Nothing may outlive the request: drop the cache (and with it any prefetch still running).
    queryClient.clear();
  }
}
