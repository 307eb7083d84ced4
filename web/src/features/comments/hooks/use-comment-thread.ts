/**
 * The article's comments as the thread shows them: the approved ones from the CMS, plus this
 * visitor's own that await moderation (from this browser only), nested under their parents.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { commentQueries } from '@/features/comments/api/comments';
import type { ThreadComment } from '@/features/comments/components/comment-thread';
import { pendingComments } from '@/features/comments/utils/pending-comments';
import { buildThread } from '@/features/comments/utils/thread';

export function useCommentThread(articleDocumentId: string, articleSlug: string) {
  const comments = useQuery(commentQueries.list(articleSlug));
  const pending = useSyncExternalStore(pendingComments.subscribe, pendingComments.getSnapshot, pendingComments.getServerSnapshot);

  const approvedIds = useMemo(() => new Set((comments.data ?? []).map((c) => c.documentId)), [comments.data]);

  // Once a moderator approves one of the visitor's comments it is public: stop keeping it locally.
  useEffect(() => {
    if (comments.data) pendingComments.forget(approvedIds);
  }, [comments.data, approvedIds]);

  const thread = useMemo(() => {
    const own: ThreadComment[] = pending
      .filter((c) => c.articleDocumentId === articleDocumentId && !approvedIds.has(c.documentId))
      .map((c) => ({ ...c, awaitingModeration: true }));
    return buildThread<ThreadComment>([...(comments.data ?? []), ...own]);
  }, [comments.data, pending, articleDocumentId, approvedIds]);

  return { comments, thread };
}
