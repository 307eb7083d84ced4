import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { toTelHref } from '@/utils/phone';

type SiteHeaderProps = {
  settings: Pick<SiteSettings, 'clinicName' | 'phone' | 'consultCtaText' | 'consultCtaUrl'>;
};

export function SiteHeader({ settings }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={paths.home.getHref()} className="site-header__brand">
          {settings.clinicName}
        </Link>
        <nav aria-label="Contact" className="site-header__actions">
          <a href={toTelHref(settings.phone)} className="site-header__call">
            Call Us <span className="site-header__phone">{settings.phone}</span>
          </a>
          <a href={settings.consultCtaUrl} className="button">
            {settings.consultCtaText}
          </a>
        </nav>
      </div>
    </header>
  );
}
