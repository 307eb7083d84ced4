import { queryOptions } from '@tanstack/react-query';
import type { Article, Clinician, FaqEntry, Seo, Source, TreatmentOption } from 'cms/types/content';
import { ApiError, apiGet, type Query } from '@/lib/api-client';
import type { IsoDate, Present, StrapiResponse } from '@/types/api';
import { IMAGE_FIELDS, type UploadImage } from '@/types/media';

const cardFields = ['title', 'slug', 'excerpt', 'lastReviewedAt'] as const;
const detailFields = [...cardFields, 'body', 'commentsOpen'] as const;
const personFields = ['name', 'slug', 'credentials', 'role'] as const;
const relatedTreatmentFields = ['name', 'slug', 'category', 'summary'] as const;
const relatedFaqFields = ['question', 'answer', 'topic', 'order'] as const;

/** An author or medical reviewer, as the article pages show them. */
export type ArticlePerson = Pick<Clinician, 'documentId' | 'credentials' | 'role'> & Present<Clinician, 'name'> & { slug?: string | null };

export type ArticleSummary = Pick<Article, 'documentId'> &
  Present<Article, 'title' | 'slug' | 'excerpt'> & {
    lastReviewedAt: IsoDate | null;
    author: ArticlePerson | null;
  };

export type ArticleSource = Pick<Source, 'id'> & Present<Source, 'title' | 'url'>;
export type ArticleSeo = Pick<Seo, 'metaTitle' | 'metaDescription'>;
export type RelatedTreatment = Pick<TreatmentOption, 'documentId'> &
  Present<TreatmentOption, (typeof relatedTreatmentFields)[number]>;
export type RelatedFaq = Pick<FaqEntry, 'documentId'> & Present<FaqEntry, (typeof relatedFaqFields)[number]>;


export type ArticleDetail = ArticleSummary &
  Present<Article, 'body' | 'commentsOpen'> & {
    cover?: UploadImage | null;
    medicalReviewer: ArticlePerson | null;
    sources: ArticleSource[];
    seo: ArticleSeo | null;
    relatedTreatments: RelatedTreatment[];
    relatedFaqs: RelatedFaq[];
  };

export type ArticleListParams = { page?: number; pageSize: number };

/** Strapi's page-based pagination, from `meta.pagination`. */
export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };

/** One page of the article list, newest first. */
export type ArticleListPage = { articles: ArticleSummary[]; pagination: Pagination };

/**
 * Every article request sends its own `populate`: without one the CMS adds its
 * default tree (cover, roles, …), which the list does not need.
 */
const cardPopulate = { author: { fields: personFields } } as const;

export async function getArticles(
  { page = 1, pageSize }: ArticleListParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ArticleListPage> {
  const query: Query = {
    fields: cardFields,
    populate: cardPopulate,
    // Newest first; documentId breaks ties, so no article shows on two pages or on none.
    sort: ['publishedAt:desc', 'documentId:asc'],
    pagination: { page, pageSize, withCount: true },
  };
  const body = await apiGet<StrapiResponse<ArticleSummary[]> & { meta: { pagination: Pagination } }>('/articles', query, {
    signal,
  });
  return { articles: body.data, pagination: body.meta.pagination };
}

/** One request brings the article and everything its page shows; an unknown slug is a 404. */
export async function getArticleBySlug(
  slug: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ArticleDetail> {
  const query: Query = {
    filters: { slug: { $eq: slug } },
    fields: detailFields,
    populate: {
      ...cardPopulate,
      medicalReviewer: { fields: personFields },
      cover: { fields: IMAGE_FIELDS },
      sources: { fields: ['title', 'url'] },
      seo: { fields: ['metaTitle', 'metaDescription'] },
      relatedTreatments: { fields: relatedTreatmentFields, sort: ['order:asc'] },
      relatedFaqs: { fields: relatedFaqFields, sort: ['order:asc'] },
    },
    pagination: { page: 1, pageSize: 1 },
  };
  const body = await apiGet<StrapiResponse<ArticleDetail[]>>('/articles', query, { signal });
  const article = body.data[0];
  if (!article) throw new ApiError({ status: 404, name: 'NotFoundError', message: `No article "${slug}"` });
  return article;
}

export const articleQueries = {
  all: ['articles'] as const,
  lists: () => [...articleQueries.all, 'list'] as const,
  list: (params: ArticleListParams) =>
    queryOptions({
      queryKey: [...articleQueries.lists(), { page: 1, ...params }] as const,
      queryFn: ({ signal }) => getArticles(params, { signal }),
    }),
  details: () => [...articleQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...articleQueries.details(), slug] as const,
      queryFn: ({ signal }) => getArticleBySlug(slug, { signal }),
    }),
};
