import { p, ul } from './blocks';
import type { FaqEntrySeed } from './types';

export const faqEntries: FaqEntrySeed[] = [
  {
    question: 'Will I fall asleep?',
    answer: [
      p('No.'),
      p(
        'The infusion is given into a vein (intravenously). The dose can make you feel a little drowsy during and after the treatment, but not enough to make you fall asleep.',
      ),
    ],
    order: 1,
    topic: 'During treatment',
  },
  {
    question: 'How soon will my symptoms subside?',
    answer: [
      p('It depends on your overall health and on how severe your condition was before treatment.'),
      p('Some people feel an effect right away. Others notice improvement a day or two later.'),
    ],
    order: 2,
    topic: 'Results',
  },
  {
    question: 'Are there side effects?',
    answer: [
      p('Yes. Common side effects of a ketamine infusion are:'),
      ul(['drowsiness', 'mild nausea', 'a faster heartbeat', 'a temporary rise in blood pressure']),
      p('Less common side effects are agitation, vivid dreams and mood swings.'),
      p('Ask your clinician about the side effects that apply to you.'),
    ],
    order: 3,
    topic: 'Safety',
  },
  {
    question: 'Will my insurance cover the infusions?',
    answer: [
      p('Ketamine infusion is an off-label treatment, so insurance does not usually cover it.'),
      p(
        "Depending on your plan, your diagnosis and your plan's in-network and out-of-network rules, you may get partial reimbursement for the infusion. Check with your insurer.",
      ),
    ],
    order: 4,
    topic: 'Cost and insurance',
  },
];
