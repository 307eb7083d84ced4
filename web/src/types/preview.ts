import type { PreviewStatus, PreviewType } from '@clinic/rules';

/** What a preview page shows in its banner, and the page it previews. */
export type PreviewInfo = {
  type: PreviewType;
  status: PreviewStatus;
  /** The page's own path on the site, e.g. /articles/what-is-ketamine-treatment. */
  path: string;
  /** When the shown version was last saved (ISO), if the CMS says. */
  savedAt: string | null;
  /** For an article: what keeps it from being published (empty: ready); null for other types. */
  publishBlockers: string[] | null;
};
