import type { SiteSettings } from '@/features/site-settings/api/site-settings';

/** The clinic's disclaimer, set apart on a page (the footer carries it on every page too). */
export function MedicalDisclaimer({ settings }: { settings: Pick<SiteSettings, 'medicalDisclaimer'> }) {
  return (
    <aside className="disclaimer" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading" className="disclaimer__heading">
        Medical disclaimer
      </h2>
      <p>{settings.medicalDisclaimer}</p>
    </aside>
  );
}
