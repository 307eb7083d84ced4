/**
 * A form's field errors and where the focus goes when they appear: to the first field, in the
 * form's order, that has one.
 */
import { useRef, useState } from 'react';

export function useFieldErrors<Field extends string>(order: readonly Field[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  /** Shows these errors (none clears them) and focuses the first field with one; says whether there was any. */
  const showErrors = (next: Partial<Record<Field, string>>): boolean => {
    setErrors(next);
    const first = order.find((field) => next[field]);
    if (!first) return false;
    // A group of choices takes the focus on its chosen option, or its first.
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>(`[name="${first}"]:checked`) ?? form?.querySelector<HTMLElement>(`[name="${first}"]`);
    target?.focus();
    return true;
  };

  return { formRef, errors, showErrors };
}
