// Hand-written: the clinic's words for the shared components' fields, which no schema or generator knows.
import type { UID } from '@strapi/strapi';
import type { ViewText } from './view-text';

export const COMPONENT_VIEWS: Partial<Record<UID.Component, ViewText>> = {
  'shared.specialty': {
    mainField: 'name',
    fields: {
      name: { label: 'Specialty', description: 'One field of care, e.g. as their professional registration names it.' },
    },
  },

  'shared.source': {
    mainField: 'title',
    fields: {
      title: { label: 'Title', description: 'The name of the study, guideline or page, as its publisher gives it.' },
      url: { label: 'Link', description: 'Its full address, starting with http:// or https://.' },
    },
  },
  'shared.seo': {
    fields: {
      metaTitle: { label: 'Search result title', description: 'Up to 60 characters. Leave empty to use the title.' },
      metaDescription: {
        label: 'Search result description',
        description: 'Up to 160 characters. Leave empty to use the summary.',
      },
    },
  },
};
