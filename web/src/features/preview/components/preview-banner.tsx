import { createContext, useContext } from 'react';
import { DateTime } from '@/components/ui/date-time';
import type { PreviewInfo } from '@/types/preview';

/** The preview a page is rendered for; null on every public page. */
export const PreviewContext = createContext<PreviewInfo | null>(null);

/**
 * The band across the top of a preview page: which version this is, when it was saved and,
 * for an article, whether the medical-review rule lets it be published. Keeps the page out
 * of search engines too (robots meta, hoisted into <head>).
 */
export function PreviewBanner() {
  const preview = useContext(PreviewContext);
  if (!preview) return null;
  const heading = preview.status === 'draft' ? 'Preview — not published' : 'Preview — published version';
  return (
    <section className="preview-banner" aria-labelledby="preview-banner-heading">
      <meta name="robots" content="noindex, nofollow" />
      <div className="container preview-banner__inner">
        <p id="preview-banner-heading" className="preview-banner__title">
          {heading}
        </p>
        {preview.savedAt ? (
          <p>
            Last saved <DateTime value={preview.savedAt} withTime />
          </p>
        ) : null}
        {preview.publishBlockers === null ? null : preview.publishBlockers.length === 0 ? (
          <p className="preview-banner__ready">Ready for publishing</p>
        ) : (
          <p className="preview-banner__blocked">{`Cannot be published yet: ${preview.publishBlockers.join(', ')}`}</p>
        )}
      </div>
    </section>
  );
}
