import { useEffect, useRef } from 'react';
import { toTelHref } from '@/utils/phone';

type Props = {
  /** What happens next, as the clinic words it in the site settings. */
  confirmation: string;
  phone: string;
  crisisText: string;
};

/**
 * Shown in place of the form once the request is stored, with the focus on its heading so it is
 * read out. It repeats nothing the visitor typed: the screen may be seen by someone else.
 */
export function ConsultConfirmation({ confirmation, phone, crisisText }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="consult-confirmation" aria-labelledby="consult-confirmation-heading">
      <h2 id="consult-confirmation-heading" ref={heading} tabIndex={-1}>
        Your request was sent
      </h2>
      <p>{confirmation}</p>
      <p>
        If it is urgent, call <a href={toTelHref(phone)}>{phone}</a>.
      </p>
      <p>{crisisText}</p>
    </section>
  );
}
