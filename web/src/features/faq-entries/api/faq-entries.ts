import { queryOptions } from '@tanstack/react-query';
import type { FaqEntry } from 'cms/types/content';
import { apiGet, type Query } from '@/lib/api-client';
import type { Present, StrapiResponse } from '@/types/api';

/** Attributes the schema marks required: the API always sends them. */
const fields = ['question', 'answer', 'topic', 'order'] as const;

export type FaqEntryItem = Pick<FaqEntry, 'documentId'> & Present<FaqEntry, (typeof fields)[number]>;

export type FaqListParams = { pageSize: number };

export async function getFaqEntries(
  { pageSize }: FaqListParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<FaqEntryItem[]> {
  const query: Query = { fields, sort: ['order:asc'], pagination: { page: 1, pageSize } };
  const body = await apiGet<StrapiResponse<FaqEntryItem[]>>('/faq-entries', query, { signal });
  return body.data;
}

export const faqEntryQueries = {
  all: ['faq-entries'] as const,
  lists: () => [...faqEntryQueries.all, 'list'] as const,
  list: (params: FaqListParams) =>
    queryOptions({
      queryKey: [...faqEntryQueries.lists(), params] as const,
      queryFn: ({ signal }) => getFaqEntries(params, { signal }),
    }),
};
