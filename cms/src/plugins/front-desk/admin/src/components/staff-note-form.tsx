import * as React from 'react';
import { Button, Field, Flex, Textarea } from '@strapi/design-system';
import { CONSULT_LIMITS } from '../api';

const length = (text: string) => Array.from(text.trim()).length;

export interface StaffNoteFormProps {
  /** The saved note; the form starts from it (render it with a `key` per request). */
  saved: string | null;
  disabled: boolean;
  isSaving: boolean;
  /** Saves the note; resolves true when it was saved (the caller reports errors). */
  onSave: (note: string | null) => Promise<boolean>;
}

/** The staff's own note on a request, for the colleague who calls next. A blank note clears it. */
export const StaffNoteForm = ({ saved, disabled, isSaving, onSave }: StaffNoteFormProps) => {
  // A draft: what is being typed, not a copy of the server's data (that stays in the query).
  const [draft, setDraft] = React.useState(saved ?? '');
  const tooLong = length(draft) > CONSULT_LIMITS.staffNote;
  const unchanged = draft.trim() === (saved ?? '').trim();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (tooLong || unchanged) return;
    await onSave(draft.trim() === '' ? null : draft);
  };

  return (
    <form onSubmit={submit} aria-label="Staff note">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Field.Root
          name="staffNote"
          error={tooLong ? `The note is ${length(draft)} characters; it may have ${CONSULT_LIMITS.staffNote} at most.` : undefined}
          hint={`For staff only; the visitor never sees it. ${length(draft)} / ${CONSULT_LIMITS.staffNote} characters.`}
        >
          <Field.Label>Staff note</Field.Label>
          <Textarea value={draft} disabled={disabled} onChange={(event) => setDraft(event.target.value)} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Flex>
          <Button type="submit" variant="secondary" disabled={disabled || tooLong || unchanged} loading={isSaving}>
            Save note
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};
