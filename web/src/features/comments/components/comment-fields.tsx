/** The "Leave a Reply" form's fields: the comment, who wrote it, and whether to remember them. */
import { TextField, bindTextField, type TextFieldSource } from '@/components/ui/form-field';
import type { CommentField } from '@/features/comments/utils/comment-input';

export function CommentFields({ source }: { source: TextFieldSource<CommentField> }) {
  const field = (name: CommentField) => bindTextField(source, name);
  return (
    <>
      <TextField {...field('body')} label="Comment" rows={8} required />
      <TextField {...field('name')} label="Name" type="text" autoComplete="name" required />
      <TextField {...field('email')} label="Email" type="email" autoComplete="email" required />
      <TextField {...field('url')} label="Website" type="url" autoComplete="url" />
    </>
  );
}

export function RememberAuthorField({ id, checked, onChange }: { id: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>Save my name, email, and website in this browser for the next time I comment.</label>
    </div>
  );
}
