import type { FaqEntryItem } from '@/features/faq-entries/api/faq-entries';
import { FaqList } from '@/features/faq-entries/components/faq-list';
import { groupByTopic } from '@/features/faq-entries/utils/group-by-topic';

/** Every FAQ entry, under a heading per topic. */
export function FaqTopics({ entries }: { entries: readonly FaqEntryItem[] }) {
  return (
    <>
      {groupByTopic(entries).map((group, index) => {
        const headingId = `faq-topic-${index}`;
        return (
          <section key={group.topic} className="faq-topic" aria-labelledby={headingId}>
            <h2 id={headingId}>{group.topic}</h2>
            <FaqList entries={group.entries} />
          </section>
        );
      })}
    </>
  );
}
