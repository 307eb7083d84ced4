import { queryOptions } from '@tanstack/react-query';
import type { Page, Seo } from 'cms/types/content';
import { ApiError, apiGet, type Query } from '@/lib/api-client';
import type { Present, StrapiResponse } from '@/types/api';

/** Attributes the schema marks required: the API always sends them. */
const detailFields = ['title', 'slug', 'summary', 'body', 'showContactDetails'] as const;
const footerFields = ['title', 'slug', 'footerOrder'] as const;
/** More footer links than this would not fit a footer; the CMS caps a page of results at 100. */
const FOOTER_LIMIT = 20;

export type PageSeo = Pick<Seo, 'metaTitle' | 'metaDescription'>;

export type PageDetail = Pick<Page, 'documentId'> & Present<Page, (typeof detailFields)[number]> & { seo: PageSeo | null };

/** A page the footer links to. */
export type FooterPage = Pick<Page, 'documentId'> & Present<Page, (typeof footerFields)[number]>;

/** The published page with this slug; an unknown slug is a 404. */
export async function getPageBySlug(slug: string, { signal }: { signal?: AbortSignal } = {}): Promise<PageDetail> {
  const query: Query = {
    filters: { slug: { $eq: slug } },
    fields: detailFields,
    populate: { seo: { fields: ['metaTitle', 'metaDescription'] } },
    pagination: { page: 1, pageSize: 1 },
  };
  const body = await apiGet<StrapiResponse<PageDetail[]>>('/pages', query, { signal });
  const page = body.data[0];
  if (!page) throw new ApiError({ status: 404, name: 'NotFoundError', message: `No page "${slug}"` });
  return page;
}

/** The pages marked "show in footer", in their footer order (then by title, so the order is stable). */
export async function getFooterPages({ signal }: { signal?: AbortSignal } = {}): Promise<FooterPage[]> {
  const query: Query = {
    filters: { showInFooter: { $eq: true } },
    fields: footerFields,
    sort: ['footerOrder:asc', 'title:asc'],
    pagination: { page: 1, pageSize: FOOTER_LIMIT },
  };
  const body = await apiGet<StrapiResponse<FooterPage[]>>('/pages', query, { signal });
  return body.data;
}

export const pageQueries = {
  all: ['pages'] as const,
  lists: () => [...pageQueries.all, 'list'] as const,
  footer: () =>
    queryOptions({
      queryKey: [...pageQueries.lists(), 'footer'] as const,
      queryFn: ({ signal }) => getFooterPages({ signal }),
    }),
  details: () => [...pageQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...pageQueries.details(), slug] as const,
      queryFn: ({ signal }) => getPageBySlug(slug, { signal }),
    }),
};
