/**
 * The "Leave a Reply" form's state and its sending: what is typed, the remembered author, the
 * field errors (the CMS's rules checked first, then the CMS's own answer) and the message above
 * the button when the comment was not taken for a reason that is not one field.
 */
import { useEffect, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormToken } from '@/hooks/use-form-token';
import { ApiError } from '@/lib/api-client';
import { commentQueries } from '@/features/comments/api/comments';
import { useCreateComment, type CreatedComment } from '@/features/comments/api/create-comment';
import { loadRememberedAuthor, saveRememberedAuthor } from '@/features/comments/utils/remembered-author';
import { fieldErrorsFromDetails, trimInput, type CommentField, type CommentInput } from '@/features/comments/utils/comment-input';

/** The rules' check, loaded once the visitor starts on the form rather than with the page. */
const loadCheck = () => import('@/features/comments/utils/validate-comment');

type Options = {
  articleDocumentId: string;
  articleSlug: string;
  replyTo: { documentId: string } | null;
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

/**
 * The remembered author lives in this browser only: filled in after the first render, so the
 * server-rendered form and the hydrating one start out the same. A field typed into already wins.
 */
function useRememberedAuthor(setInput: Dispatch<SetStateAction<CommentInput>>, setRemember: (remember: boolean) => void) {
  useEffect(() => {
    const remembered = loadRememberedAuthor();
    if (!remembered) return;
    setRemember(true);
    setInput((current) => ({
      ...current,
      name: current.name || remembered.name,
      email: current.email || remembered.email,
      url: current.url || remembered.url,
    }));
  }, [setInput, setRemember]);
}

export function useCommentForm({ articleDocumentId, articleSlug, replyTo, onPosted }: Options) {
  const [input, setInput] = useState<CommentInput>(EMPTY_INPUT);
  const [remember, setRemember] = useState(false);
  const [honeypot, setHoneypot] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { formRef, errors, showErrors } = useFieldErrors(FIELD_ORDER);
  const token = useFormToken(commentQueries.formToken());
  const create = useCreateComment({ articleDocumentId, articleSlug });
  useRememberedAuthor(setInput, setRemember);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const { validateComment } = await loadCheck();
    if (showErrors(validateComment(input))) return;

    const values = trimInput(input);
    try {
      const formToken = await token.current();
      const comment = await create.mutateAsync({ ...values, parentDocumentId: replyTo?.documentId ?? null, formToken, honeypot });
      saveRememberedAuthor(remember ? { name: values.name, email: values.email, url: values.url } : null);
      setInput({ ...(remember ? values : { name: '', email: '', url: '' }), body: '' });
      onPosted(comment);
    } catch (error) {
      const refusal = token.refusalMessage(error);
      if (refusal) setMessage(refusal);
      else if (!showErrors(error instanceof ApiError ? fieldErrorsFromDetails(error.details) : {})) setMessage(formMessage(error));
    }
  };

  return {
    formRef,
    input,
    setField: (field: CommentField, value: string) => setInput((current) => ({ ...current, [field]: value })),
    remember,
    setRemember,
    honeypot,
    setHoneypot,
    errors,
    message,
    isPending: create.isPending,
    onSubmit,
    /** Starts loading the check as soon as a field gets focus, so sending never waits for it. */
    onFocus: () => void loadCheck(),
  };
}
