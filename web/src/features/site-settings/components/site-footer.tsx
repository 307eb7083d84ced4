import type { SiteSettings } from '@/features/site-settings/api/site-settings';

type SiteFooterProps = {
  settings: Pick<SiteSettings, 'clinicName' | 'medicalDisclaimer'>;
};

export function SiteFooter({ settings }: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__disclaimer">{settings.medicalDisclaimer}</p>
        <p>© {settings.clinicName}</p>
      </div>
    </footer>
  );
}
