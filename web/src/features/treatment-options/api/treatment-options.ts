import { queryOptions } from '@tanstack/react-query';
import type { TreatmentOption } from 'cms/types/content';
import { ApiError, apiGet, type Query } from '@/lib/api-client';
import type { Present, StrapiResponse } from '@/types/api';

/** Attributes the schema marks required: the API always sends them. */
const requiredFields = ['name', 'slug', 'category', 'summary', 'order'] as const;
/** The four facts every treatment states. */
const factFields = ['howGiven', 'regulatoryStatus', 'commonSideEffects', 'insuranceNote'] as const;

export type TreatmentCategory = Present<TreatmentOption, 'category'>['category'];

/** What a card shows: enough to choose a treatment and open it. */
export type TreatmentSummary = Pick<TreatmentOption, 'documentId'> &
  Present<TreatmentOption, 'name' | 'slug' | 'category' | 'summary'>;

export type TreatmentFacts = Pick<TreatmentOption, (typeof factFields)[number]>;

export type TreatmentListItem = TreatmentSummary & TreatmentFacts & Present<TreatmentOption, 'order'>;

export type TreatmentDetail = TreatmentListItem & Pick<TreatmentOption, 'description'>;

export type TreatmentListParams = { pageSize: number };

export async function getTreatmentOptions(
  { pageSize }: TreatmentListParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TreatmentListItem[]> {
  const query: Query = {
    fields: [...requiredFields, ...factFields],
    sort: ['order:asc'],
    pagination: { page: 1, pageSize },
  };
  const body = await apiGet<StrapiResponse<TreatmentListItem[]>>('/treatment-options', query, { signal });
  return body.data;
}

/** The treatment with this slug; an unknown slug is a 404. */
export async function getTreatmentOptionBySlug(
  slug: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TreatmentDetail> {
  const query: Query = {
    filters: { slug: { $eq: slug } },
    fields: [...requiredFields, ...factFields, 'description'],
    pagination: { page: 1, pageSize: 1 },
  };
  const body = await apiGet<StrapiResponse<TreatmentDetail[]>>('/treatment-options', query, { signal });
  const treatment = body.data[0];
  if (!treatment) throw new ApiError({ status: 404, name: 'NotFoundError', message: `No treatment "${slug}"` });
  return treatment;
}

export const treatmentOptionQueries = {
  all: ['treatment-options'] as const,
  lists: () => [...treatmentOptionQueries.all, 'list'] as const,
  list: (params: TreatmentListParams = { pageSize: 100 }) =>
    queryOptions({
      queryKey: [...treatmentOptionQueries.lists(), params] as const,
      queryFn: ({ signal }) => getTreatmentOptions(params, { signal }),
    }),
  details: () => [...treatmentOptionQueries.all, 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...treatmentOptionQueries.details(), slug] as const,
      queryFn: ({ signal }) => getTreatmentOptionBySlug(slug, { signal }),
    }),
};
