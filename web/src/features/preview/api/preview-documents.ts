import { publishingBlockers, type PreviewTarget } from '@clinic/rules';
import { paths } from '@/config/paths';
import { ApiError, apiGet } from '@/lib/api-client';
import type { StrapiResponse } from '@/types/api';
import type { PreviewInfo } from '@/types/preview';

type Saved = { updatedAt?: string | null };
type WithSlug = Saved & { slug: string };
type ReviewedArticle = WithSlug & {
  lastReviewedAt?: string | null;
  medicalReviewer?: { name?: string } | null;
  cover?: { alternativeText?: string | null } | null;
};

const one = async <T,>(path: string, query: Parameters<typeof apiGet>[1]) => (await apiGet<StrapiResponse<T>>(path, query)).data;

/**
 * The page a previewed document is shown on, and what the preview banner says about it. Read
 * with the renderer's preview credentials (src/server/preview.ts), so a draft is found too; an
 * unknown document is a 404 ApiError.
 */
export async function getPreviewInfo(target: PreviewTarget): Promise<PreviewInfo> {
  const base = { type: target.type, status: target.status } as const;
  const id = encodeURIComponent(target.documentId);
  switch (target.type) {
    case 'article': {
      const article = await one<ReviewedArticle>(`/articles/${id}`, {
        fields: ['slug', 'updatedAt', 'lastReviewedAt'],
        populate: { medicalReviewer: { fields: ['name'] }, cover: { fields: ['alternativeText'] } },
      });
      const missing = publishingBlockers(article).map((field) => field.label);
      return { ...base, path: paths.article.getHref(article.slug), savedAt: article.updatedAt ?? null, publishBlockers: missing };
    }
    case 'treatment-option': {
      const treatment = await one<WithSlug>(`/treatment-options/${id}`, { fields: ['slug', 'updatedAt'] });
      return { ...base, path: paths.treatment.getHref(treatment.slug), savedAt: treatment.updatedAt ?? null, publishBlockers: null };
    }
    case 'faq-entry': {
      const entry = await one<Saved>(`/faq-entries/${id}`, { fields: ['updatedAt'] });
      return { ...base, path: paths.faq.getHref(), savedAt: entry.updatedAt ?? null, publishBlockers: null };
    }
    case 'page': {
      const page = await one<WithSlug>(`/pages/${id}`, { fields: ['slug', 'updatedAt'] });
      return { ...base, path: paths.page.getHref(page.slug), savedAt: page.updatedAt ?? null, publishBlockers: null };
    }
    case 'site-setting': {
      const settings = await one<Saved & { documentId: string }>('/site-setting', { fields: ['updatedAt'] });
      if (settings.documentId !== target.documentId) {
        throw new ApiError({ status: 404, name: 'NotFoundError', message: 'The site settings have been replaced' });
      }
      return { ...base, path: paths.home.getHref(), savedAt: settings.updatedAt ?? null, publishBlockers: null };
    }
  }
}
