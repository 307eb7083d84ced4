import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/server';

/** Renders the real route tree at `url` with a fresh QueryClient (retries off). */
export function renderApp(url: string) {
  const queryClient = createQueryClient({ queries: { retry: false } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}

/** Every request the app sends to the CMS from now on, in order (the listener goes after each test). */
export function recordRequests(): URL[] {
  const seen: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url));
  });
  return seen;
}

/** The parsed JSON-LD objects on the page whose @type is `type`. */
export function jsonLdOfType(type: string): Record<string, unknown>[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')]
    .map((script) => JSON.parse(script.textContent ?? 'null') as Record<string, unknown>)
    .filter((data) => data['@type'] === type);
}
