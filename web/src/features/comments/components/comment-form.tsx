import { useId } from 'react';
import { HoneypotField } from '@/components/ui/honeypot-field';
import { HONEYPOT_FIELD, type CreatedComment } from '@/features/comments/api/create-comment';
import { CommentFields, RememberAuthorField } from '@/features/comments/components/comment-fields';
import { useCommentForm } from '@/features/comments/hooks/use-comment-form';

type Props = {
  articleDocumentId: string;
  articleSlug: string;
  replyTo: { documentId: string; authorName: string } | null;
  onCancelReply: () => void;
  onPosted: (comment: CreatedComment) => void;
};

type TitleProps = { id: string; replyTo: Props['replyTo']; onCancelReply: () => void };

/** "Leave a Reply", or "Leave a Reply to …" with the link that goes back to a new comment. */
function RespondTitle({ id, replyTo, onCancelReply }: TitleProps) {
  return (
    <h2 id={id} className="comment-respond__title">
      {replyTo ? `Leave a Reply to ${replyTo.authorName}` : 'Leave a Reply'}{' '}
      {replyTo ? (
        <a
          href="#respond"
          className="comment-respond__cancel"
          onClick={(event) => {
            event.preventDefault();
            onCancelReply();
          }}
        >
          Cancel reply
        </a>
      ) : null}
    </h2>
  );
}

/** "Leave a Reply": WordPress's comment form, with the CMS's rules checked before sending. */
export function CommentForm({ articleDocumentId, articleSlug, replyTo, onCancelReply, onPosted }: Props) {
  const id = useId();
  const { formRef, input, setField, remember, setRemember, honeypot, setHoneypot, errors, message, isPending, onSubmit, onFocus } = useCommentForm({
    articleDocumentId,
    articleSlug,
    replyTo,
    onPosted,
  });

  return (
    <div className="comment-respond" id="respond">
      <RespondTitle id={`${id}-heading`} replyTo={replyTo} onCancelReply={onCancelReply} />
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)} onFocus={onFocus} aria-labelledby={`${id}-heading`} className="comment-form">
        <p className="comment-form__notes">
          Your email address will not be published. Required fields are marked <span aria-hidden="true">*</span>
          <span className="visually-hidden">with an asterisk</span>
        </p>
        <p className="comment-form__notes">
          Please do not share personal health information (such as diagnoses, medications or test results) in your
          comment: comments are public once approved.
        </p>

        <CommentFields source={{ idPrefix: id, values: input, errors, onChange: setField }} />
        <HoneypotField id={`${id}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} value={honeypot} onChange={setHoneypot} />
        <RememberAuthorField id={`${id}-remember`} checked={remember} onChange={setRemember} />

        {message ? (
          <p className="form-message" role="alert">
            {message}
          </p>
        ) : null}

        <button type="submit" className="button" disabled={isPending}>
          Post Comment
        </button>
      </form>
    </div>
  );
}
