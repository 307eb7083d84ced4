import type { JsonLdObject } from '@/components/seo/json-ld';
import type { FaqEntryItem } from '@/features/faq-entries/api/faq-entries';
import { blocksToText } from '@/utils/blocks-to-text';

/** schema.org FAQPage: each entry a Question with its accepted Answer as plain text. */
export function faqJsonLd(entries: readonly Pick<FaqEntryItem, 'question' | 'answer'>[], url: string): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: blocksToText(entry.answer) },
    })),
  };
}
