// Hand-written: the clinic's words for the page fields, which no schema or generator knows.
import type { ViewText } from './view-text';

export const PAGE_VIEW: ViewText = {
  mainField: 'title',
  list: ['title', 'slug', 'showInFooter', 'footerOrder'],
  fields: {
    title: { label: 'Title', description: 'The heading of the page. Search results and the footer link show it too, unless SEO has its own title.' },
    slug: {
      label: 'Page address',
      description:
        'The address of the page: the site\'s address, a slash, then this. The addresses the site uses itself (articles, treatments, faq, preview …) are refused. Changing it after publishing changes the address.',
    },
    summary: { label: 'Summary', description: 'One or two sentences shown under the title; also the search result text unless SEO has its own.' },
    body: { label: 'Page text', description: 'The page itself.' },
    seo: {
      label: 'SEO',
      description: 'What search engines show for the page. Leave it empty to use the title and the summary.',
    },
    showContactDetails: {
      label: 'Show contact details',
      description: 'When on, the page shows the phone number, opening hours and address from the site settings, after its summary.',
    },
    showInFooter: { label: 'Link in the footer', column: 'In footer', description: 'When on, every page of the site links to this one in its footer.' },
    footerOrder: { label: 'Position in the footer', column: 'Position', description: 'Footer links are listed by this number, lowest first.' },
  },
};
