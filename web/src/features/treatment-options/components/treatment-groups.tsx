import type { TreatmentFacts, TreatmentSummary } from '@/features/treatment-options/api/treatment-options';
import { TreatmentCard } from '@/features/treatment-options/components/treatment-card';
import { groupByCategory } from '@/features/treatment-options/utils/categories';

type TreatmentGroupsProps = {
  treatments: readonly (TreatmentSummary & Partial<TreatmentFacts>)[];
  /** The level of the category headings; the cards' headings sit one below. */
  headingLevel: 2 | 3;
  showFacts?: boolean;
};

/** Treatments grouped by category: ketamine therapy, other pain treatments, self-care. */
export function TreatmentGroups({ treatments, headingLevel, showFacts = false }: TreatmentGroupsProps) {
  const Heading = `h${headingLevel}` as const;
  const cardHeadingLevel = headingLevel === 2 ? 3 : 4;
  return (
    <>
      {groupByCategory(treatments).map((group) => {
        const headingId = `category-${group.category.replace(/\W+/g, '-')}`;
        return (
          <section key={group.category} className="treatment-group" aria-labelledby={headingId}>
            <Heading id={headingId}>{group.label}</Heading>
            <ul className="card-grid">
              {group.items.map((treatment) => (
                <li key={treatment.documentId}>
                  <TreatmentCard treatment={treatment} headingLevel={cardHeadingLevel} showFacts={showFacts} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
