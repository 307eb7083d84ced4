import type { FaqEntryItem } from '@/features/faq-entries/api/faq-entries';
import { FaqItem } from '@/features/faq-entries/components/faq-item';

/** FAQ entries as a list of disclosures. */
export function FaqList({ entries }: { entries: readonly FaqEntryItem[] }) {
  return (
    <ul className="faq-list">
      {entries.map((entry) => (
        <li key={entry.documentId}>
          <FaqItem entry={entry} />
        </li>
      ))}
    </ul>
  );
}
