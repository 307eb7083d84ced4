export const paths = {
  home: { path: '/', getHref: () => '/' },
  articles: { path: '/articles', getHref: (page = 1) => (page > 1 ? `/articles?page=${page}` : '/articles') },
  article: {
    path: '/articles/:slug',
    getHref: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  },
  treatments: { path: '/treatments', getHref: () => '/treatments' },
  treatment: {
    path: '/treatments/:slug',
    getHref: (slug: string) => `/treatments/${encodeURIComponent(slug)}`,
  },
  faq: { path: '/faq', getHref: () => '/faq' },
  team: { path: '/team', getHref: () => '/team' },
  teamMember: {
    path: '/team/:slug',
    getHref: (slug: string) => `/team/${encodeURIComponent(slug)}`,
  },
  /** The visitor's consultation request form: where the site settings' consult link leads. */
  consult: { path: '/consult', getHref: () => '/consult' },
  /** Editors' signed preview links (src/server/preview.ts); without a valid one, an explanation. */
  preview: { path: '/preview', getHref: () => '/preview' },
  /** The site's own pages (about, visit us, …): any other top-level address; @clinic/rules reserves the ones above. */
  page: {
    path: '/:slug',
    getHref: (slug: string) => `/${encodeURIComponent(slug)}`,
  },
} as const;
