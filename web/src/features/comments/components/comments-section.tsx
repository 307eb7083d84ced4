import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { commentQueries } from '@/features/comments/api/comments';
import { CommentForm } from '@/features/comments/components/comment-form';
import { CommentThread, type ThreadComment } from '@/features/comments/components/comment-thread';
import { pendingComments } from '@/features/comments/utils/pending-comments';
import { buildThread } from '@/features/comments/utils/thread';

type Props = {
  articleDocumentId: string;
  articleSlug: string;
  commentsOpen: boolean;
};

/**
 * The article's comments: the approved thread, plus this visitor's own comments
 * that await moderation (from this browser only), and the "Leave a Reply" form.
 * Keep `id="comments"`: links such as "/articles/slug#comments" point at it.
 */
export function CommentsSection({ articleDocumentId, articleSlug, commentsOpen }: Props) {
  const comments = useQuery(commentQueries.list(articleSlug));
  const pending = useSyncExternalStore(pendingComments.subscribe, pendingComments.getSnapshot, pendingComments.getServerSnapshot);
  const [replyTo, setReplyTo] = useState<ThreadComment | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLDivElement>(null);

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

  const count = comments.data?.length ?? 0;

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{count === 1 ? '1 comment' : count > 1 ? `${count} comments` : 'Comments'}</h2>

      {comments.isPending ? (
        <p className="comments__status" role="status">
          Loading comments…
        </p>
      ) : comments.isError ? (
        <p className="comments__status" role="alert">
          Comments could not be loaded.{' '}
          <button type="button" className="link-button" onClick={() => void comments.refetch()}>
            Try again
          </button>
        </p>
      ) : thread.length === 0 ? (
        <p className="comments__status">No comments yet.</p>
      ) : (
        <CommentThread
          nodes={thread}
          onReply={(comment) => {
            setReplyTo(comment);
            formRef.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
          }}
        />
      )}

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {commentsOpen ? (
        <div ref={formRef}>
          <CommentForm
            articleDocumentId={articleDocumentId}
            articleSlug={articleSlug}
            replyTo={replyTo}
            onCancelReply={() => setReplyTo(null)}
            onPosted={(comment) => {
              setReplyTo(null);
              setAnnouncement(
                comment.moderationStatus === 'pending'
                  ? 'Thank you. Your comment was sent and is awaiting moderation.'
                  : 'Thank you. Your comment was posted.',
              );
            }}
          />
        </div>
      ) : (
        <p className="comments__closed">Comments are closed.</p>
      )}
    </section>
  );
}
