// Hand-written: the clinic's words for the treatment option fields, which no schema or generator knows.
import type { ViewText } from './view-text';

const SHOWN_ONLY_WHEN_FILLED = 'Leave empty to leave the section out.';

export const TREATMENT_OPTION_VIEW: ViewText = {
  mainField: 'name',
  list: ['name', 'category', 'order'],
  fields: {
    name: { label: 'Name', description: 'The treatment\'s name, as headings and lists on the site show it.' },
    slug: {
      label: 'Page address',
      description: 'The address of the treatment\'s page: /treatments/ followed by this. Changing it after publishing changes the address.',
    },
    category: {
      label: 'Category',
      description: 'The group the treatment is listed under: Ketamine therapy, Other pain treatments or Self-care.',
    },
    summary: { label: 'Summary', description: 'One or two sentences shown under the name and on the treatment\'s card.' },
    description: { label: 'Description', description: 'The main text of the treatment\'s page (optional).' },
    howGiven: { label: 'How it is given', description: `Shown under "How it is given". ${SHOWN_ONLY_WHEN_FILLED}` },
    regulatoryStatus: {
      label: 'Regulatory status',
      description: `What the treatment is approved for, shown under "Regulatory status". ${SHOWN_ONLY_WHEN_FILLED}`,
    },
    commonSideEffects: {
      label: 'Common side effects',
      description: `Shown under "Common side effects". ${SHOWN_ONLY_WHEN_FILLED}`,
    },
    insuranceNote: {
      label: 'Insurance',
      description: `What insurance may cover, shown under "Insurance". ${SHOWN_ONLY_WHEN_FILLED}`,
    },
    order: { label: 'Position', description: 'Treatments are listed by this number within their category, lowest first.' },
  },
};
