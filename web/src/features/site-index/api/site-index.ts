import { paths } from '@/config/paths';
import { apiGet, type Query } from '@/lib/api-client';
import type { StrapiResponse } from '@/types/api';

/** One address of the site for search engines, with when its content last changed. */
export type IndexedPage = { path: string; updatedAt: string | null };

/** An article as a feed lists it. */
export type FeedItem = { title: string; path: string; summary: string; publishedAt: string; author: string | null };

type Pagination = { page: number; pageCount: number };
type Dated = { updatedAt?: string | null };
type Slugged = Dated & { slug: string };

/** The CMS's largest page of results (cms/config/api.ts maxLimit). */
const PAGE_SIZE = 100;

/**
 * Every published entry of a collection, a page of 100 at a time, in a stable order. With a
 * populate of its own (`populate`): without one the CMS adds an article's default tree.
 */
async function everyEntry<T>(path: string, fields: string[], populate?: Query): Promise<T[]> {
  const entries: T[] = [];
  for (let page = 1; ; page += 1) {
    const query: Query = { fields, populate, sort: ['documentId:asc'], pagination: { page, pageSize: PAGE_SIZE } };
    const body = await apiGet<StrapiResponse<T[]> & { meta: { pagination: Pagination } }>(path, query);
    entries.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return entries;
  }
}

/** The newest of the entries' update times: a list page changes when any of its entries does. */
const newest = (entries: Dated[]) =>
  entries.reduce<string | null>((latest, { updatedAt }) => (updatedAt && (!latest || updatedAt > latest) ? updatedAt : latest), null);

/**
 * Every public page of the site: the home and list pages, each published article and
 * treatment, the care team and each clinician's page, the consultation request form, the clinic's own pages. Only what the public API gives, so never a draft (and never a preview link).
 */
export async function getIndexedPages(): Promise<IndexedPage[]> {
  const [articles, treatments, faqEntries, clinicians, pages, settings] = await Promise.all([
    everyEntry<Slugged>('/articles', ['slug', 'updatedAt'], { author: { fields: ['name'] } }),
    everyEntry<Slugged>('/treatment-options', ['slug', 'updatedAt']),
    everyEntry<Dated>('/faq-entries', ['updatedAt']),
    everyEntry<Slugged>('/clinicians', ['slug', 'updatedAt']),
    everyEntry<Slugged>('/pages', ['slug', 'updatedAt']),
    apiGet<StrapiResponse<Dated>>('/site-setting', { fields: ['updatedAt'] }),
  ]);
  return [
    { path: paths.home.getHref(), updatedAt: newest([settings.data, ...articles, ...treatments]) },
    { path: paths.articles.getHref(), updatedAt: newest(articles) },
    ...articles.map(({ slug, updatedAt }) => ({ path: paths.article.getHref(slug), updatedAt: updatedAt ?? null })),
    { path: paths.treatments.getHref(), updatedAt: newest(treatments) },
    ...treatments.map(({ slug, updatedAt }) => ({ path: paths.treatment.getHref(slug), updatedAt: updatedAt ?? null })),
    { path: paths.faq.getHref(), updatedAt: newest(faqEntries) },
    { path: paths.team.getHref(), updatedAt: newest(clinicians) },
    // A clinician saved before clinicians had pages may have no slug yet, and so no page.
    ...clinicians.filter(({ slug }) => slug).map(({ slug, updatedAt }) => ({ path: paths.teamMember.getHref(slug), updatedAt: updatedAt ?? null })),
    // The consultation request form: what changes on it is the site settings' wording.
    { path: paths.consult.getHref(), updatedAt: settings.data.updatedAt ?? null },
    ...pages.map(({ slug, updatedAt }) => ({ path: paths.page.getHref(slug), updatedAt: updatedAt ?? null })),
  ];
}

type FeedArticle = { title: string; slug: string; excerpt: string; publishedAt: string; author: { name?: string | null } | null };

/** The latest published articles, newest first, as a feed shows them. */
export async function getFeedItems(count = 20): Promise<FeedItem[]> {
  const body = await apiGet<StrapiResponse<FeedArticle[]>>('/articles', {
    fields: ['title', 'slug', 'excerpt', 'publishedAt'],
    populate: { author: { fields: ['name'] } },
    sort: ['publishedAt:desc', 'documentId:asc'],
    pagination: { page: 1, pageSize: count },
  });
  return body.data.map((article) => ({
    title: article.title,
    path: paths.article.getHref(article.slug),
    summary: article.excerpt,
    publishedAt: article.publishedAt,
    author: article.author?.name ?? null,
  }));
}
