import { AsyncLocalStorage } from 'node:async_hooks';
import { checkPreviewUrl, previewApiKey, type PreviewStatus } from '@clinic/rules';
import { paths } from '@/config/paths';
import { getPreviewInfo } from '@/features/preview/api/preview-documents';
import { ApiError, scopeRequests } from '@/lib/api-client';
import { renderPage, type RenderResult } from '@/server/render';

/** What one preview render reads the CMS with. */
type Credentials = { authorization: string; status: PreviewStatus };

const previews = new AsyncLocalStorage<Credentials>();

// The API paths of the content a page is made of. A preview render reads them with the preview
// token, drafts included where the type has them; everything else (the comments) as a visitor.
const WITH_DRAFTS = ['/articles', '/treatment-options', '/faq-entries', '/pages'];
const PAGE_CONTENT = [...WITH_DRAFTS, '/site-setting', '/clinicians'];
const under = (path: string, prefixes: string[]) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

scopeRequests((path) => {
  const credentials = previews.getStore();
  if (!credentials || !under(path, PAGE_CONTENT)) return undefined;
  return {
    headers: { Authorization: credentials.authorization },
    query: credentials.status === 'draft' && under(path, WITH_DRAFTS) ? { status: 'draft' } : undefined,
  };
});

/** Preview answers are for one editor, now: never stored by a browser or a proxy, never indexed. */
export const PREVIEW_HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

export type PreviewAnswer = { status: number; result: RenderResult; reason?: string };

/**
 * The answer to a preview link (/preview?type=…&documentId=…&status=…&expires=…&token=…): the
 * page that shows the document, rendered from its draft (or its published version) and every
 * related entry in that same status, with the preview banner. A missing, expired or forged
 * link gets the "cannot be opened" page with a 401, and nothing of any draft.
 */
export function createPreviewRenderer({ secret, siteUrl }: { secret: string; siteUrl: string }) {
  const authorization = previewApiKey(secret).then((key) => `Bearer ${key}`);
  // The /preview route itself: "this link cannot be opened", as the browser renders it too.
  const unavailable = async (status: number, reason: string): Promise<PreviewAnswer> => {
    const result = await renderPage(new Request(new URL(paths.preview.getHref(), siteUrl)));
    return { status, result, reason };
  };
  return async function renderPreview(url: URL): Promise<PreviewAnswer> {
    const check = await checkPreviewUrl(url, { secret });
    if (!check.ok) return unavailable(401, `preview link ${check.reason}`);
    const { target } = check;
    return previews.run({ authorization: await authorization, status: target.status }, async () => {
      const preview = await getPreviewInfo(target).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      });
      if (!preview) return unavailable(404, `no ${target.type} ${target.documentId} (${target.status})`);
      const result = await renderPage(new Request(new URL(preview.path, siteUrl)), { preview });
      return { status: result.status, result };
    });
  };
}
