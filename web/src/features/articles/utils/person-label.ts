import type { ArticlePerson } from '@/features/articles/api/articles';

/** "NAME, CREDENTIALS", or the name alone. */
export function personLabel(person: Pick<ArticlePerson, 'name' | 'credentials'>): string {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name;
}
