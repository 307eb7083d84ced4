import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { ContactDetails } from '@/features/site-settings/components/contact-details';

type SiteFooterProps = {
  settings: Pick<SiteSettings, 'clinicName' | 'medicalDisclaimer' | 'phone' | 'address' | 'openingHours'>;
  /** More items for the footer's link list, after the site's sections (the pages marked "show in footer"). */
  links?: ReactNode;
};

export function SiteFooter({ settings, links }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__disclaimer">{settings.medicalDisclaimer}</p>
        <div className="site-footer__columns">
          <ContactDetails settings={settings} />
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
              {links}
            </ul>
          </nav>
        </div>
        <p>© {settings.clinicName}</p>
      </div>
    </footer>
  );
}
