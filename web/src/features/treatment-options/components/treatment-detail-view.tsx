import { Link } from 'react-router';
import { BlocksRenderer } from '@/components/blocks/blocks-renderer';
import { paths } from '@/config/paths';
import type { TreatmentDetail } from '@/features/treatment-options/api/treatment-options';
import { categoryLabel } from '@/features/treatment-options/utils/categories';
import { treatmentFactLabels } from '@/features/treatment-options/utils/treatment-facts';

/** One treatment: what it is, then how it is given, its regulatory status, side effects and insurance. */
export function TreatmentDetailView({ treatment }: { treatment: TreatmentDetail }) {
  return (
    <article className="treatment">
      <header className="page-header">
        <p className="eyebrow">
          <Link to={paths.treatments.getHref()}>Treatment options</Link>
          <span aria-hidden="true"> › </span>
          {categoryLabel(treatment.category)}
        </p>
        <h1>{treatment.name}</h1>
        <p className="lead">{treatment.summary}</p>
      </header>
      {treatment.description && treatment.description.length > 0 ? (
        <div className="prose">
          <BlocksRenderer content={treatment.description} />
        </div>
      ) : null}
      {treatmentFactLabels.map(({ key, label }) => {
        const value = treatment[key];
        if (!value) return null;
        const headingId = `treatment-${key}`;
        return (
          <section key={key} className="fact-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{label}</h2>
            <p>{value}</p>
          </section>
        );
      })}
    </article>
  );
}
