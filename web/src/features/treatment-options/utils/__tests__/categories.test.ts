import { describe, expect, it } from 'vitest';
import { groupByCategory } from '@/features/treatment-options/utils/categories';

describe('groupByCategory', () => {
  it('orders groups ketamine therapy, other pain treatments, self-care whatever the input order, leaving out empty ones', () => {
    const groups = groupByCategory([
      { name: 'Routine', category: 'self-care' as const },
      { name: 'Infusion', category: 'ketamine therapy' as const },
      { name: 'Spray', category: 'ketamine therapy' as const },
    ]);

    expect(groups.map((group) => [group.label, group.items.map((item) => item.name)])).toEqual([
      ['Ketamine therapy', ['Infusion', 'Spray']],
      ['Self-care', ['Routine']],
    ]);
  });
});
