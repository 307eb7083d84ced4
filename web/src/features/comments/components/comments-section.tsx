import { useRef, useState } from 'react';
import type { CreatedComment } from '@/features/comments/api/create-comment';
import { CommentForm } from '@/features/comments/components/comment-form';
import { CommentThread, type ThreadComment } from '@/features/comments/components/comment-thread';
import { useCommentThread } from '@/features/comments/hooks/use-comment-thread';

type Props = {
  articleDocumentId: string;
  articleSlug: string;
  commentsOpen: boolean;
};

type ListProps = {
  comments: ReturnType<typeof useCommentThread>['comments'];
  thread: ReturnType<typeof useCommentThread>['thread'];
  onReply: (comment: ThreadComment) => void;
};

/** The thread, or why there is none to show (still loading, failed, or empty). */
function CommentList({ comments, thread, onReply }: ListProps) {
  if (comments.isPending) {
    return (
      <p className="comments__status" role="status">
        Loading comments…
      </p>
    );
  }
  if (comments.isError) {
    return (
      <p className="comments__status" role="alert">
        Comments could not be loaded.{' '}
        <button type="button" className="link-button" onClick={() => void comments.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  if (thread.length === 0) return <p className="comments__status">No comments yet.</p>;
  return <CommentThread nodes={thread} onReply={onReply} />;
}

const postedAnnouncement = (comment: CreatedComment) =>
  comment.moderationStatus === 'pending'
    ? 'Thank you. Your comment was sent and is awaiting moderation.'
    : 'Thank you. Your comment was posted.';

/**
 * The article's comments: the approved thread, plus this visitor's own comments
 * that await moderation (from this browser only), and the "Leave a Reply" form.
 * Keep `id="comments"`: links such as "/articles/slug#comments" point at it.
 */
export function CommentsSection({ articleDocumentId, articleSlug, commentsOpen }: Props) {
  const { comments, thread } = useCommentThread(articleDocumentId, articleSlug);
  const [replyTo, setReplyTo] = useState<ThreadComment | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLDivElement>(null);

  const count = comments.data?.length ?? 0;

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{count === 1 ? '1 comment' : count > 1 ? `${count} comments` : 'Comments'}</h2>

      <CommentList
        comments={comments}
        thread={thread}
        onReply={(comment) => {
          setReplyTo(comment);
          formRef.current?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
        }}
      />

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
              setAnnouncement(postedAnnouncement(comment));
            }}
          />
        </div>
      ) : (
        <p className="comments__closed">Comments are closed.</p>
      )}
    </section>
  );
}
