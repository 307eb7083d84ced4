import { DateTime } from '@/components/ui/date-time';
import type { PublicComment } from '@/features/comments/api/comments';
import { MAX_DEPTH, type ThreadNode } from '@/features/comments/utils/thread';

export type ThreadComment = PublicComment & { awaitingModeration?: boolean };

type Props = {
  nodes: ThreadNode<ThreadComment>[];
  onReply: (comment: ThreadComment) => void;
};

/** A website link is shown only for http(s) URLs, and never passes on trust. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function CommentItem({ node, onReply }: { node: ThreadNode<ThreadComment>; onReply: Props['onReply'] }) {
  const { comment, depth, replies } = node;
  const url = safeUrl(comment.authorUrl);
  const headingId = `comment-${comment.documentId}`;
  return (
    <li className="comment">
      <article aria-labelledby={headingId} id={headingId + '-body'}>
        <header className="comment__meta">
          <span className="comment__author" id={headingId}>
            {url ? (
              <a href={url} rel="nofollow ugc noopener">
                {comment.authorName}
              </a>
            ) : (
              comment.authorName
            )}
          </span>{' '}
          <DateTime value={comment.createdAt} withTime />
        </header>
        {comment.awaitingModeration ? (
          <p className="comment__awaiting" role="status">
            Your comment is awaiting moderation.
          </p>
        ) : null}
        {/* Visitors' text is rendered as text: React escapes it; line breaks come from CSS. */}
        <p className="comment__body">{comment.body}</p>
        {depth < MAX_DEPTH && !comment.awaitingModeration ? (
          <button
            type="button"
            className="link-button comment__reply"
            onClick={() => onReply(comment)}
            aria-label={`Reply to ${comment.authorName}`}
          >
            Reply
          </button>
        ) : null}
      </article>
      {replies.length > 0 ? (
        <ol className="comment-list comment-list--replies">
          {replies.map((reply) => (
            <CommentItem key={reply.comment.documentId} node={reply} onReply={onReply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

export function CommentThread({ nodes, onReply }: Props) {
  return (
    <ol className="comment-list">
      {nodes.map((node) => (
        <CommentItem key={node.comment.documentId} node={node} onReply={onReply} />
      ))}
    </ol>
  );
}
