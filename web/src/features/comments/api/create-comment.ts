import { COMMENT_HONEYPOT_FIELD } from '@clinic/rules';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { apiPost } from '@/lib/api-client';
import type { StrapiResponse } from '@/types/api';
import { commentQueries, type PublicComment } from '@/features/comments/api/comments';
import type { CommentInput } from '@/features/comments/utils/comment-input';
import { pendingComments } from '@/features/comments/utils/pending-comments';

/** The hidden field only bots fill in (the CMS's rule, @clinic/rules); the CMS sends such comments to spam. */
export const HONEYPOT_FIELD = COMMENT_HONEYPOT_FIELD;

export type CreateCommentRequest = CommentInput & {
  articleDocumentId: string;
  parentDocumentId: string | null;
  formToken: string;
  honeypot: string;
};

export type CreatedComment = PublicComment & { moderationStatus: 'pending' | 'approved' };

export async function createComment(request: CreateCommentRequest): Promise<CreatedComment> {
  const body = await apiPost<StrapiResponse<CreatedComment>>('/comments', {
    data: {
      article: request.articleDocumentId,
      ...(request.parentDocumentId ? { parent: request.parentDocumentId } : {}),
      authorName: request.name,
      authorEmail: request.email,
      ...(request.url ? { authorUrl: request.url } : {}),
      body: request.body,
      formToken: request.formToken,
      [HONEYPOT_FIELD]: request.honeypot,
    },
  });
  return body.data;
}

/**
 * Posts a comment. A comment held for moderation is remembered in this browser
 * so its author sees it in place until it is approved; an approved one (a known
 * author) shows up in the refreshed list. Either way the form gets a new token.
 *
 * Not react-query's useMutation: its observer would be the largest part of what the article
 * page loads for its comment form (0.8 kB of the 130 kB budget), and the form needs only this.
 */
export function useCreateComment({ articleDocumentId, articleSlug }: { articleDocumentId: string; articleSlug: string }) {
  const queryClient = useQueryClient();
  const [isPending, setPending] = useState(false);
  const mutateAsync = useCallback(
    async (request: Omit<CreateCommentRequest, 'articleDocumentId'>): Promise<CreatedComment> => {
      setPending(true);
      try {
        const comment = await createComment({ ...request, articleDocumentId });
        if (comment.moderationStatus === 'pending') {
          pendingComments.add({ ...comment, articleDocumentId });
        }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: commentQueries.list(articleSlug).queryKey }),
          queryClient.invalidateQueries({ queryKey: commentQueries.formToken().queryKey }),
        ]);
        return comment;
      } finally {
        setPending(false);
      }
    },
    [articleDocumentId, articleSlug, queryClient],
  );
  return { mutateAsync, isPending };
}
