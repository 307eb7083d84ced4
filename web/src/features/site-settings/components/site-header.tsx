import { Link, useMatch } from 'react-router';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import { paths } from '@/config/paths';
import type { SiteSettings } from '@/features/site-settings/api/site-settings';
import { ContactActions } from '@/features/site-settings/components/contact-actions';

type SiteHeaderProps = {
  settings: Pick<SiteSettings, 'clinicName' | 'phone' | 'consultCtaText' | 'consultCtaUrl' | 'logo'>;
};

const navItems = [
  { label: 'Home', path: paths.home.path },
  { label: 'Articles', path: paths.articles.path },
  { label: 'Treatments', path: paths.treatments.path },
  { label: 'FAQ', path: paths.faq.path },
  { label: 'Team', path: paths.team.path },
] as const;

/**
 * `aria-current="page"` on the link to the page being shown; `aria-current="true"`
 * on the section the page belongs to (Articles on an article page).
 */
function NavItem({ label, path }: { label: string; path: string }) {
  const page = useMatch({ path, end: true });
  const section = useMatch({ path, end: path === paths.home.path });
  return (
    <Link
      to={path}
      className={section ? 'site-nav__link site-nav__link--active' : 'site-nav__link'}
      aria-current={page ? 'page' : section ? 'true' : undefined}
    >
      {label}
    </Link>
  );
}

/** Same place on every page (WCAG 3.2.6): the clinic's phone and the consult link. */
export function SiteHeader({ settings }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={paths.home.getHref()} className="site-header__brand">
          {settings.logo ? <ResponsiveImage className="site-header__logo" image={settings.logo} sizes="48px" loading="eager" decorative /> : null}
          {settings.clinicName}
        </Link>
        <div className="site-header__actions">
          <ContactActions settings={settings} callClassName="site-header__call" phoneClassName="site-header__phone" />
        </div>
        <nav aria-label="Main" className="site-nav">
          <ul className="site-nav__list">
            {navItems.map((item) => (
              <li key={item.path}>
                <NavItem label={item.label} path={item.path} />
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
