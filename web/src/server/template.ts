import { SERVER_STATE_ID } from '@/lib/server-state';

const TITLE = /<title>[^<]*<\/title>/;
const ROOT = '<div id="root"></div>';

export type Template = {
  /** The built index.html with the rendered head, markup and state in it. */
  page: (parts: { head: string; root: string; state: string }) => string;
  /** The built index.html as it is: the SPA renders the page in the browser. */
  shell: string;
};

/**
 * The pages are the app's own built index.html (hashed script and stylesheet links
 * included) with the rendered parts put in: the head elements in place of its default
 * <title>, the markup into #root, the state in a JSON script element after it.
 */
export function createTemplate(indexHtml: string): Template {
  if (!TITLE.test(indexHtml) || !indexHtml.includes(ROOT)) {
    throw new Error(`index.html must contain a <title> and ${ROOT}: is it the app's built index.html?`);
  }
  return {
    // Functions as replacements: a `$` in the content must not be read as a pattern.
    page: ({ head, root, state }) =>
      indexHtml
        .replace(TITLE, () => head)
        .replace(
          ROOT,
          () => `<div id="root">${root}</div><script type="application/json" id="${SERVER_STATE_ID}">${state}</script>`,
        ),
    shell: indexHtml,
  };
}
