import { b, p, ul } from './blocks';

/**
 * The self-care list that the article "What is ketamine treatment?" and the treatment option
 * "Self-care for mood" both show: one text, so the two cannot drift apart.
 */
export const selfCareForMood = [
  p(
    'Besides ketamine infusion therapy or esketamine nasal spray, there are other ways to help with symptoms of mood disorders:',
  ),
  ul([
    [b('Follow a routine. '), 'A daily schedule can help you stay on track.'],
    [
      b('Set goals. '),
      'Reaching even a small goal can feel like a big win and help your confidence.',
    ],
    [b('Stay active. '), 'Low-impact exercise can help you keep fit.'],
    [
      b('Challenge your mind. '),
      'Try a crossword puzzle or a phone game that makes you think in new ways.',
    ],
    [
      b('Keep a regular sleep schedule. '),
      'Most adults need seven to nine hours of sleep a night, ideally without interruption.',
    ],
    [
      b('Take on daily tasks and finish them. '),
      'For example, make breakfast, go to work or keep a volunteer commitment.',
    ],
    [
      b('Try something new. '),
      'Pick something you have always wanted to do but avoided, even if you were afraid of failing.',
    ],
  ]),
];
