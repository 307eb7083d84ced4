import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { ClinicianSummary } from '@/features/clinicians/api/clinicians';
import { ClinicianPhoto } from '@/features/clinicians/components/clinician-photo';

/** A member of the care team on the team page, linking to their own page. */
export function ClinicianCard({ clinician }: { clinician: ClinicianSummary }) {
  return (
    <article className="card clinician-card">
      <ClinicianPhoto photo={clinician.photo} name={clinician.name} width={160} />
      <h2 className="card__title">
        <Link to={paths.teamMember.getHref(clinician.slug)}>{clinician.name}</Link>
      </h2>
      {clinician.credentials ? <p className="clinician-card__credentials">{clinician.credentials}</p> : null}
      {clinician.role ? <p className="clinician-card__role">{clinician.role}</p> : null}
    </article>
  );
}
