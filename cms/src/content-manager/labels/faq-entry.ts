// Hand-written: the clinic's words for the FAQ entry fields, which no schema or generator knows.
import type { ViewText } from './view-text';

export const FAQ_ENTRY_VIEW: ViewText = {
  mainField: 'question',
  list: ['question', 'topic', 'order'],
  fields: {
    question: { label: 'Question', description: 'The question as a visitor would ask it.' },
    answer: { label: 'Answer', description: 'Shown when a visitor opens the question.' },
    order: { label: 'Position', description: 'Questions are listed by this number, lowest first.' },
    topic: {
      label: 'Topic',
      description: 'The heading the question is listed under on the FAQ page. Entries with exactly the same topic are grouped.',
    },
  },
};
