import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { HoneypotField } from '@/components/ui/honeypot-field';
import { useFormToken } from '@/hooks/use-form-token';
import { ApiError } from '@/lib/api-client';
import { formTokenMessage, formTokenProblem } from '@/lib/form-token';
import { commentQueries } from '@/features/comments/api/comments';
import { HONEYPOT_FIELD, useCreateComment, type CreatedComment } from '@/features/comments/api/create-comment';
import { loadRememberedAuthor, saveRememberedAuthor } from '@/features/comments/utils/remembered-author';
import {
  fieldErrorsFromDetails,
  trimInput,
  validateComment,
  type CommentField,
  type CommentInput,
  type FieldErrors,
} from '@/features/comments/utils/validate-comment';

type Props = {
  articleDocumentId: string;
  articleSlug: string;
  replyTo: { documentId: string; authorName: string } | null;
  onCancelReply: () => void;
  onPosted: (comment: CreatedComment) => void;
};

const FIELD_ORDER: CommentField[] = ['body', 'name', 'email', 'url'];

const EMPTY_INPUT: CommentInput = { body: '', name: '', email: '', url: '' };

/** What to tell the visitor when the CMS refuses a comment for a reason that is not one field. */
function formMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return 'Your comment could not be sent. Check your connection and try again.';
    if (error.status === 429) return 'You are commenting too quickly. Please wait a moment and try again.';
    if (error.status === 409) return 'It looks like you have already posted that comment.';
    if (error.status >= 500) return 'Your comment could not be saved just now. Please try again in a moment.';
    return error.message;
  }
  return 'Your comment could not be sent. Please try again.';
}

/** "Leave a Reply": WordPress's comment form, with the CMS's rules checked before sending. */
export function CommentForm({ articleDocumentId, articleSlug, replyTo, onCancelReply, onPosted }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [input, setInput] = useState<CommentInput>(EMPTY_INPUT);
  const [remember, setRemember] = useState(false);
  const [honeypot, setHoneypot] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const token = useFormToken(commentQueries.formToken());
  const create = useCreateComment({ articleDocumentId, articleSlug });

  // The remembered author lives in this browser only: filled in after the first render, so the
  // server-rendered form and the hydrating one start out the same. A field typed into already wins.
  useEffect(() => {
    const remembered = loadRememberedAuthor();
    if (!remembered) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser storage, read once after hydration
    setRemember(true);
    setInput((current) => ({
      ...current,
      name: current.name || remembered.name,
      email: current.email || remembered.email,
      url: current.url || remembered.url,
    }));
  }, []);

  const fieldId = (field: CommentField) => `${id}-${field}`;
  const errorId = (field: CommentField) => `${id}-${field}-error`;

  const focusField = (field: CommentField) => formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(field))}`)?.focus();

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    const first = FIELD_ORDER.find((field) => next[field]);
    if (first) focusField(first);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const problems = validateComment(input);
    if (Object.keys(problems).length > 0) {
      showErrors(problems);
      return;
    }
    setErrors({});

    const values = trimInput(input);
    try {
      const formToken = await token.current();
      const comment = await create.mutateAsync({
        ...values,
        parentDocumentId: replyTo?.documentId ?? null,
        formToken,
        honeypot,
      });
      saveRememberedAuthor(remember ? { name: values.name, email: values.email, url: values.url } : null);
      setInput({ ...(remember ? values : { name: '', email: '', url: '' }), body: '' });
      onPosted(comment);
    } catch (error) {
      const tokenProblem = formTokenProblem(error);
      if (tokenProblem) {
        if (tokenProblem.reason !== 'too-fast') void token.renew();
        setMessage(formTokenMessage(tokenProblem));
        return;
      }
      const fieldErrors = error instanceof ApiError ? fieldErrorsFromDetails(error.details) : {};
      if (Object.keys(fieldErrors).length > 0) {
        showErrors(fieldErrors);
      } else {
        setMessage(formMessage(error));
      }
    }
  };

  const field = (name: CommentField) => ({
    id: fieldId(name),
    name,
    value: input[name],
    onChange: (event: { target: { value: string } }) => setInput((current) => ({ ...current, [name]: event.target.value })),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? errorId(name) : undefined,
  });

  const error = (name: CommentField) =>
    errors[name] ? (
      <p className="field__error" id={errorId(name)}>
        {errors[name]}
      </p>
    ) : null;

  const required = <span aria-hidden="true"> *</span>;

  return (
    <div className="comment-respond" id="respond">
      <h2 id={`${id}-heading`} className="comment-respond__title">
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
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${id}-heading`} className="comment-form">
        <p className="comment-form__notes">
          Your email address will not be published. Required fields are marked <span aria-hidden="true">*</span>
          <span className="visually-hidden">with an asterisk</span>
        </p>
        <p className="comment-form__notes">
          Please do not share personal health information (such as diagnoses, medications or test results) in your
          comment: comments are public once approved.
        </p>

        <div className="field">
          <label htmlFor={fieldId('body')}>Comment{required}</label>
          <textarea {...field('body')} rows={8} required aria-required="true" />
          {error('body')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('name')}>Name{required}</label>
          <input {...field('name')} type="text" autoComplete="name" required aria-required="true" />
          {error('name')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('email')}>Email{required}</label>
          <input {...field('email')} type="email" autoComplete="email" required aria-required="true" />
          {error('email')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('url')}>Website</label>
          <input {...field('url')} type="url" autoComplete="url" />
          {error('url')}
        </div>

        <HoneypotField id={`${id}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} value={honeypot} onChange={setHoneypot} />

        <div className="field field--checkbox">
          <input
            id={`${id}-remember`}
            type="checkbox"
            checked={remember}
            onChange={(event) => setRemember(event.target.checked)}
          />
          <label htmlFor={`${id}-remember`}>
            Save my name, email, and website in this browser for the next time I comment.
          </label>
        </div>

        {message ? (
          <p className="form-message" role="alert">
            {message}
          </p>
        ) : null}

        <button type="submit" className="button" disabled={create.isPending}>
          Post Comment
        </button>
      </form>
    </div>
  );
}
