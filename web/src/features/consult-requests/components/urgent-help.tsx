import { toTelHref } from '@/utils/phone';

type Props = {
  phone: string;
  /** The site settings' text about emergencies and the crisis line (the footer's). */
  crisisText: string;
};

/** A request is answered later: what to do when it cannot wait. */
export function UrgentHelp({ phone, crisisText }: Props) {
  return (
    <aside className="urgent-help" aria-labelledby="urgent-help-heading">
      <h2 id="urgent-help-heading" className="urgent-help__heading">
        If it is urgent
      </h2>
      <p>
        Call the clinic on <a href={toTelHref(phone)}>{phone}</a>.
      </p>
      <p>{crisisText}</p>
    </aside>
  );
}
