import { queryOptions } from '@tanstack/react-query';
import type { Comment } from 'cms/types/content';
import { apiGet } from '@/lib/api-client';
import { formTokenQueryOptions, type FormToken } from '@/lib/form-token';
import type { IsoDate, Present, StrapiResponse } from '@/types/api';

/** A comment as the public API shows it: approved, without email, IP or moderation state. */
export type PublicComment = Pick<Comment, 'documentId'> &
  Present<Comment, 'authorName' | 'body'> & {
    authorUrl: string | null;
    createdAt: IsoDate;
    parent: { documentId: string } | null;
  };

type Pagination = { page: number; pageCount: number };

const PAGE_SIZE = 100;

/** Every approved comment on an article (by its slug, so it can load beside the article), oldest first, all pages. */
export async function getComments(
  articleSlug: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<PublicComment[]> {
  const comments: PublicComment[] = [];
  for (let page = 1; ; page += 1) {
    const body = await apiGet<StrapiResponse<PublicComment[]> & { meta: { pagination?: Pagination } }>(
      '/comments',
      {
        filters: { article: { slug: { $eq: articleSlug } } },
        sort: ['createdAt:asc'],
        pagination: { page, pageSize: PAGE_SIZE },
      },
      { signal },
    );
    comments.push(...body.data);
    if (page >= (body.meta.pagination?.pageCount ?? 1)) return comments;
  }
}

export async function getFormToken({ signal }: { signal?: AbortSignal } = {}): Promise<FormToken> {
  const body = await apiGet<StrapiResponse<FormToken>>('/comments/form-token', undefined, { signal });
  return body.data;
}

export const commentQueries = {
  all: ['comments'] as const,
  lists: () => [...commentQueries.all, 'list'] as const,
  list: (articleSlug: string) =>
    queryOptions({
      queryKey: [...commentQueries.lists(), articleSlug] as const,
      queryFn: ({ signal }) => getComments(articleSlug, { signal }),
    }),
  formToken: () => formTokenQueryOptions([...commentQueries.all, 'form-token'] as const, ({ signal }) => getFormToken({ signal })),
};
