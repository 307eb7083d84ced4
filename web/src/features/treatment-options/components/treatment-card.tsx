import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { TreatmentFacts, TreatmentSummary } from '@/features/treatment-options/api/treatment-options';
import { treatmentFactLabels } from '@/features/treatment-options/utils/treatment-facts';

type TreatmentCardProps = {
  treatment: TreatmentSummary & Partial<TreatmentFacts>;
  headingLevel: 3 | 4;
  /** Also list how it is given, its regulatory status, side effects and insurance. */
  showFacts?: boolean;
};

export function TreatmentCard({ treatment, headingLevel, showFacts = false }: TreatmentCardProps) {
  const Heading = `h${headingLevel}` as const;
  const facts = showFacts ? treatmentFactLabels.filter(({ key }) => treatment[key]) : [];
  return (
    <article className="card">
      <Heading className="card__title">
        <Link to={paths.treatment.getHref(treatment.slug)}>{treatment.name}</Link>
      </Heading>
      <p>{treatment.summary}</p>
      {facts.length > 0 ? (
        <dl className="facts">
          {facts.map(({ key, label }) => (
            <div key={key} className="facts__item">
              <dt>{label}</dt>
              <dd>{treatment[key]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </article>
  );
}
