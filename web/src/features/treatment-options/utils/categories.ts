import type { TreatmentCategory } from '@/features/treatment-options/api/treatment-options';

/** The order the site presents categories in, with the headings people read. */
export const treatmentCategories: readonly { value: TreatmentCategory; label: string }[] = [
  { value: 'ketamine therapy', label: 'Ketamine therapy' },
  { value: 'other pain treatment', label: 'Other pain treatments' },
  { value: 'self-care', label: 'Self-care' },
];

export function categoryLabel(category: TreatmentCategory): string {
  return treatmentCategories.find((entry) => entry.value === category)?.label ?? category;
}

/** The items by category, in the site's category order; empty categories are left out. */
export function groupByCategory<T extends { category: TreatmentCategory }>(
  items: readonly T[],
): { category: TreatmentCategory; label: string; items: T[] }[] {
  return treatmentCategories
    .map(({ value, label }) => ({ category: value, label, items: items.filter((item) => item.category === value) }))
    .filter((group) => group.items.length > 0);
}
