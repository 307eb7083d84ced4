import { createTemplate } from '@/server/template';

type DevPreviewOptions = { secret: string; siteUrl: string; cmsUrl: string };

/**
 * `npm start` runs Vite's dev server and no page renderer: the dev server answers /preview
 * itself through this module (vite.config.ts loads it with ssrLoadModule), with the renderer's
 * own preview code, so "Open preview" in the admin works there on the first try.
 */
export async function answerPreviewInDev(target: string, indexHtml: string, { secret, siteUrl, cmsUrl }: DevPreviewOptions) {
  // The app's modules read the runtime configuration when they load: set it first.
  globalThis.__RUNTIME_CONFIG__ = { siteUrl, cmsUrl };
  const { createPreviewRenderer, PREVIEW_HEADERS } = await import('@/server/preview');
  const { status, result } = await createPreviewRenderer({ secret, siteUrl })(new URL(target, siteUrl));
  const template = createTemplate(indexHtml);
  const body = result.kind === 'page' ? template.page(result) : template.shell;
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...PREVIEW_HEADERS }, body };
}
