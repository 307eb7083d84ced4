import { describe, expect, it } from 'vitest';
import { groupByTopic } from '@/features/faq-entries/utils/group-by-topic';

describe('groupByTopic', () => {
  it('keeps topics in the order they first appear and entries in their given order', () => {
    const groups = groupByTopic([
      { question: 'a', topic: 'Safety' },
      { question: 'b', topic: 'Cost' },
      { question: 'c', topic: 'Safety' },
    ]);

    expect(groups.map((group) => [group.topic, group.entries.map((entry) => entry.question)])).toEqual([
      ['Safety', ['a', 'c']],
      ['Cost', ['b']],
    ]);
  });
});
