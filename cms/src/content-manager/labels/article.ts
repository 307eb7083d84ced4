// Hand-written: the clinic's words for the article fields, which no schema or generator knows.
import type { ViewText } from './view-text';

export const ARTICLE_VIEW: ViewText = {
  mainField: 'title',
  list: ['title', 'medicalReviewer', 'lastReviewedAt'],
  fields: {
    title: {
      label: 'Title',
      description: 'The heading of the article. Search results show it too, unless SEO has its own title.',
    },
    slug: {
      label: 'Page address',
      description: 'The address of the article\'s page: /articles/ followed by this. Changing it after publishing changes the address.',
    },
    excerpt: {
      label: 'Summary',
      description: 'One or two sentences shown under the title and on article cards; also the search result text unless SEO has its own.',
    },
    body: { label: 'Article text', description: 'The article itself. List what it relies on under Sources.' },
    cover: { label: 'Cover image', description: 'An image for the article (optional).' },
    author: {
      label: 'Author',
      description: 'The clinician who wrote the article, shown as "Written by" under the title.',
      mainField: 'name',
    },
    medicalReviewer: {
      label: 'Medical reviewer',
      description:
        'The clinician who medically reviewed the article, shown as "Medically reviewed by". An article cannot be published without a medical reviewer and a last-reviewed date.',
      mainField: 'name',
    },
    lastReviewedAt: {
      label: 'Last reviewed on',
      column: 'Last reviewed',
      description:
        'The date of the latest medical review, shown under the title. An article cannot be published without a medical reviewer and a last-reviewed date.',
    },
    sources: {
      label: 'Sources',
      description: 'The studies, guidelines and pages the article relies on, listed after the article text.',
    },
    seo: {
      label: 'SEO',
      description: 'What search engines show for the article. Leave it empty to use the title and the summary.',
    },
    commentsOpen: {
      label: 'Comments open',
      description: 'Whether visitors may comment on the article. When off, it says "Comments are closed." and takes no new comments.',
    },
    relatedTreatments: {
      label: 'Related treatments',
      description: 'Treatment options listed below the article.',
      mainField: 'name',
    },
    relatedFaqs: {
      label: 'Related questions',
      description: 'FAQ entries listed below the article.',
      mainField: 'question',
    },
  },
};
