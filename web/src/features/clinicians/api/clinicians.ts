import { queryOptions } from '@tanstack/react-query';
import type { Clinician } from 'cms/types/content';
import { ApiError, apiGet, type Query } from '@/lib/api-client';
import type { IsoDate, Present, StrapiResponse } from '@/types/api';
import { IMAGE_FIELDS, type UploadImage } from '@/types/media';

const cardFields = ['name', 'slug', 'credentials', 'role', 'shortBio'] as const;
const articleFields = ['title', 'slug', 'excerpt', 'lastReviewedAt'] as const;


/** A member of the care team, as the team page lists them. */
export type ClinicianSummary = Pick<Clinician, 'documentId' | 'credentials' | 'role' | 'shortBio'> &
  Present<Clinician, 'name' | 'slug'> & { photo: UploadImage | null };

/** An article a clinician wrote or medically reviewed. */
export type ClinicianArticle = { documentId: string; title: string; slug: string; excerpt: string; lastReviewedAt: IsoDate | null };

export type ClinicianDetail = ClinicianSummary & {
  specialties: { id: number; name: string }[];
  articlesWritten: ClinicianArticle[];
  articlesReviewed: ClinicianArticle[];
};

const photoPopulate = { photo: { fields: IMAGE_FIELDS } } as const;

/** The whole care team, by name: those with a page (a clinician saved before pages existed may have no slug yet). */
export async function getClinicians({ signal }: { signal?: AbortSignal } = {}): Promise<ClinicianSummary[]> {
  const query: Query = { fields: cardFields, populate: photoPopulate, sort: ['name:asc'], pagination: { page: 1, pageSize: 100 } };
  return (await apiGet<StrapiResponse<ClinicianSummary[]>>('/clinicians', query, { signal })).data.filter((clinician) => clinician.slug);
}

/** The articles in which `relation` (author or medical reviewer) is the clinician with this slug. */
async function articlesBy(relation: 'author' | 'medicalReviewer', slug: string, signal?: AbortSignal): Promise<ClinicianArticle[]> {
  const query: Query = {
    filters: { [relation]: { slug: { $eq: slug } } },
    fields: articleFields,
    // A populate of its own: without one the CMS adds an article's default tree.
    populate: { author: { fields: ['name'] } },
    sort: ['publishedAt:desc', 'documentId:asc'],
    pagination: { page: 1, pageSize: 50 },
  };
  return (await apiGet<StrapiResponse<ClinicianArticle[]>>('/articles', query, { signal })).data;
}

/** One clinician with their specialties and the articles they wrote and reviewed; an unknown slug is a 404. */
export async function getClinicianBySlug(slug: string, { signal }: { signal?: AbortSignal } = {}): Promise<ClinicianDetail> {
  const query: Query = {
    filters: { slug: { $eq: slug } },
    fields: cardFields,
    populate: { ...photoPopulate, specialties: { fields: ['name'] } },
    pagination: { page: 1, pageSize: 1 },
  };
  const [body, articlesWritten, articlesReviewed] = await Promise.all([
    apiGet<StrapiResponse<Omit<ClinicianDetail, 'articlesWritten' | 'articlesReviewed'>[]>>('/clinicians', query, { signal }),
    articlesBy('author', slug, signal),
    articlesBy('medicalReviewer', slug, signal),
  ]);
  const clinician = body.data[0];
  if (!clinician) throw new ApiError({ status: 404, name: 'NotFoundError', message: `No clinician "${slug}"` });
  return { ...clinician, articlesWritten, articlesReviewed };
}

export const clinicianQueries = {
  all: ['clinicians'] as const,
  lists: () => [...clinicianQueries.all, 'list'] as const,
  list: () => queryOptions({ queryKey: clinicianQueries.lists(), queryFn: ({ signal }) => getClinicians({ signal }) }),
  details: () => [...clinicianQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...clinicianQueries.details(), slug] as const,
      queryFn: ({ signal }) => getClinicianBySlug(slug, { signal }),
    }),
};
