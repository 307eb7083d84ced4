/**
 * What the first load shows until the site settings and the page's data arrive:
 * the header, a page and the footer as blocks of the real parts' size, so nothing
 * jumps when the content replaces them.
 */
export function PageSkeleton() {
  return (
    <div className="page-skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="site-header" aria-hidden="true">
        <div className="container site-header__inner">
          <span className="skeleton skeleton--brand" />
          <div className="site-header__actions">
            <span className="skeleton skeleton--button" />
            <span className="skeleton skeleton--button" />
          </div>
          <div className="site-nav">
            <span className="skeleton skeleton--nav" />
          </div>
        </div>
      </div>
      <div className="container page" aria-hidden="true">
        <span className="skeleton skeleton--heading" />
        <span className="skeleton skeleton--line" />
        <span className="skeleton skeleton--line" />
        <span className="skeleton skeleton--line skeleton--short" />
      </div>
    </div>
  );
}
