import { createPreviewUrl, previewTypeOf } from '@clinic/rules';
import type { UID } from '@strapi/strapi';
import type { PreviewConfig } from '#config/preview';

type HandlerParams = { documentId?: string; locale?: string | null; status?: string };

/**
 * The admin's preview handler (config/admin.ts): a signed link to the page that shows the
 * document, on the site, in the status the editor is looking at; null for content types
 * without a page of their own (comments, clinicians), which hides the admin's preview button.
 */
export function previewLinkHandler({ siteUrl, secret, ttlSeconds }: PreviewConfig) {
  return async (uid: string, { documentId, status }: HandlerParams): Promise<string | null> => {
    const type = previewTypeOf(uid);
    if (!type || !documentId) return null;
    // The admin asks for "draft", "modified" (a draft with unpublished changes) or "published";
    // a type without draft and publish has one version, the published one.
    const hasDrafts = Boolean(strapi.getModel(uid as UID.ContentType)?.options?.draftAndPublish);
    const version = status === 'published' || !hasDrafts ? 'published' : 'draft';
    return createPreviewUrl(siteUrl, { type, documentId, status: version }, { secret, ttlSeconds });
  };
}
