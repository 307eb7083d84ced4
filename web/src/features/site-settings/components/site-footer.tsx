import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { toTelHref } from '@/utils/phone';

type SiteFooterProps = {
  settings: Pick<SiteSettings, 'clinicName' | 'medicalDisclaimer' | 'phone' | 'address' | 'openingHours'>;
};

export function SiteFooter({ settings }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__disclaimer">{settings.medicalDisclaimer}</p>
        <div className="site-footer__columns">
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
          <nav aria-label="Footer">
            <ul className="link-list">
              <li>
                <Link to={paths.articles.getHref()}>Articles</Link>
              </li>
              <li>
                <Link to={paths.treatments.getHref()}>Treatment options</Link>
              </li>
              <li>
                <Link to={paths.faq.getHref()}>Frequently asked questions</Link>
              </li>
            </ul>
          </nav>
        </div>
        <p>© {settings.clinicName}</p>
      </div>
    </footer>
  );
}
