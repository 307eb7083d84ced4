import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import type { PreviewInfo } from '@/types/preview';

/**
 * What a server-rendered page hands to the browser so that hydration starts from exactly
 * the data the server rendered: the query cache and the router's loader data. It travels
 * as a JSON script element (data, not code: the CSP allows no inline scripts). A preview
 * page also says what it previews: the browser then shows that page from that data only.
 */
export type ServerState = { queries: DehydratedState; router: HydrationState; preview?: PreviewInfo };

export const SERVER_STATE_ID = 'server-state';

/** JSON safe inside <script>: `<` becomes `\u003c`, so nothing in it can close the element. */
export function serializeForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The queries as fresh as the page itself. A page may come from the renderer's cache, which
 * drops it the moment anything it shows is written: its data is current when it is served,
 * however long ago it was rendered, so the browser must not take it for stale and fetch it
 * again on hydration.
 */
export function freshAsOf(queries: DehydratedState, now: number): DehydratedState {
  return {
    ...queries,
    queries: queries.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })),
  };
}

/** The state a server-rendered page carries, or null for the plain SPA shell. */
export function readServerState(doc: Document): ServerState | null {
  const text = doc.getElementById(SERVER_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<ServerState> | null;
    return state?.queries && state.router ? (state as ServerState) : null;
  } catch {
    return null;
  }
}
