import type { JsonLdObject } from '@/components/seo/json-ld';
import type { ArticleDetail, ArticlePerson } from '@/features/articles/api/articles';
import { clinicId, personId } from '@/utils/json-ld-ids';

/** The person, pointing by @id to the Person their team page describes. */
function person(value: ArticlePerson): JsonLdObject {
  return {
    '@type': 'Person',
    '@id': value.slug ? personId(value.slug) : undefined,
    name: value.name,
    jobTitle: value.role ?? undefined,
    hasCredential: value.credentials
      ? { '@type': 'EducationalOccupationalCredential', name: value.credentials }
      : undefined,
  };
}

type ArticleJsonLdOptions = { url: string; description: string; publisherName: string };

/** schema.org MedicalWebPage for an article: who wrote it, who reviewed it and when, what it cites. */
export function articleJsonLd(
  article: ArticleDetail,
  { url, description, publisherName }: ArticleJsonLdOptions,
): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url,
    headline: article.title,
    name: article.title,
    description,
    author: article.author ? person(article.author) : undefined,
    reviewedBy: article.medicalReviewer ? person(article.medicalReviewer) : undefined,
    lastReviewed: article.lastReviewedAt ?? undefined,
    publisher: { '@type': 'MedicalClinic', '@id': clinicId(), name: publisherName },
    citation: article.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url })),
  };
}
