import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { toTelHref } from '@/utils/phone';

type ContactDetailsProps = {
  settings: Pick<SiteSettings, 'phone' | 'address' | 'openingHours'>;
};

/** The clinic's phone (a tel: link), opening hours and address, as the site settings give them. */
export function ContactDetails({ settings }: ContactDetailsProps) {
  return (
    <dl className="contact-details">
      <dt>Phone</dt>
      <dd>
        <a href={toTelHref(settings.phone)}>{settings.phone}</a>
      </dd>
      {settings.openingHours ? (
        <>
          <dt>Opening hours</dt>
          <dd>{settings.openingHours}</dd>
        </>
      ) : null}
      {settings.address ? (
        <>
          <dt>Address</dt>
          <dd>{settings.address}</dd>
        </>
      ) : null}
    </dl>
  );
}
