import { SERVER_STATE_ID } from '@/lib/server-state';

const TITLE = /<title>[^<]*<\/title>/;
const ROOT = '<div id="root"></div>';
const HEAD_END = '</head>';
const STYLESHEET = /<link rel="stylesheet"[^>]*? href="(\/assets\/[^"]+\.css)"[^>]*>/g;

export type Template = {
  /** The built index.html with the rendered head, markup and state in it. */
  page: (parts: { head: string; root: string; state: string; preloads?: string }) => string;
  /** The built index.html as it is: the SPA renders the page in the browser. */
  shell: string;
};

/** The stylesheets the built index.html links, e.g. `/assets/index-1a2b3c.css`. */
export function stylesheetsOf(indexHtml: string): string[] {
  return [...indexHtml.matchAll(STYLESHEET)].map((match) => match[1] ?? '').filter(Boolean);
}

/**
 * The pages are the app's own built index.html (hashed script and stylesheet links
 * included) with the rendered parts put in: the head elements in place of its default
 * <title>, the module preloads at the end of <head> (after the entry script, which must be
 * requested first), the markup into #root, the state in a JSON script element after it.
 *
 * `inlineCss` (href → the file's text) replaces those stylesheet links in the pages by
 * <style> elements: a rendered page can then paint as soon as its HTML has arrived, rather
 * than one more round trip later. The shell keeps the links (it paints nothing before its
 * scripts run anyway, and they stay cacheable).
 */
export function createTemplate(indexHtml: string, inlineCss: ReadonlyMap<string, string> = new Map()): Template {
  if (!TITLE.test(indexHtml) || !indexHtml.includes(ROOT) || !indexHtml.includes(HEAD_END)) {
    throw new Error(`index.html must contain a <title>, ${HEAD_END} and ${ROOT}: is it the app's built index.html?`);
  }
  const pageHtml = indexHtml.replace(STYLESHEET, (link, href: string) => {
    const css = inlineCss.get(href);
    return css === undefined || /<\/style/i.test(css) ? link : `<style>${css}</style>`;
  });
  return {
    // Functions as replacements: a `$` in the content must not be read as a pattern.
    page: ({ head, root, state, preloads = '' }) =>
      pageHtml
        .replace(TITLE, () => head)
        .replace(HEAD_END, () => `${preloads}${HEAD_END}`)
        .replace(
          ROOT,
          () => `<div id="root">${root}</div><script type="application/json" id="${SERVER_STATE_ID}">${state}</script>`,
        ),
    shell: indexHtml,
  };
}
