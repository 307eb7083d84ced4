import { BlocksRenderer } from '@/components/blocks/blocks-renderer';
import type { FaqEntryItem } from '@/features/faq-entries/api/faq-entries';

type FaqItemProps = {
  entry: Pick<FaqEntryItem, 'question' | 'answer'>;
  /** The heading level the answer's own headings start at (below the section's heading). */
  answerHeadingLevel?: 3 | 4 | 5;
};

/** A question and its answer as a native disclosure: keyboard and screen reader support come with it. */
export function FaqItem({ entry, answerHeadingLevel = 3 }: FaqItemProps) {
  return (
    <details className="faq-item">
      <summary className="faq-item__question">{entry.question}</summary>
      <div className="faq-item__answer">
        <BlocksRenderer content={entry.answer} topHeadingLevel={answerHeadingLevel} />
      </div>
    </details>
  );
}
