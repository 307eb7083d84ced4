/** The call and consult links the header and the home page's closing call to action both show. */
import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { consultHref } from '@/features/site-settings/utils/consult-href';
import { toTelHref } from '@/utils/phone';

type Props = {
  settings: Pick<SiteSettings, 'phone' | 'consultCtaText' | 'consultCtaUrl'>;
  /** The call link's classes, after its button classes. */
  callClassName?: string;
  /** The class of the phone number inside the call link. */
  phoneClassName: string;
};

/** The clinic's two ways in, side by side: call its phone, or ask for a consultation. */
export function ContactActions({ settings, callClassName, phoneClassName }: Props) {
  return (
    <>
      <a href={toTelHref(settings.phone)} className={callClassName ? `button button--secondary ${callClassName}` : 'button button--secondary'}>
        Call Us <span className={phoneClassName}>{settings.phone}</span>
      </a>
      <a href={consultHref(settings)} className="button">
        {settings.consultCtaText}
      </a>
    </>
  );
}
