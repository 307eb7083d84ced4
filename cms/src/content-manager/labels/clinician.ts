// Hand-written: the clinic's words for the clinician fields, which no schema or generator knows.
import type { ViewText } from './view-text';

export const CLINICIAN_VIEW: ViewText = {
  mainField: 'name',
  list: ['name', 'credentials', 'role'],
  fields: {
    name: { label: 'Name', description: 'Full name, as article bylines show it.' },
    slug: { label: 'Page address', description: 'The address of their page on the site: /team/ followed by this.' },
    credentials: { label: 'Credentials', description: 'Qualifications, shown after the name in article bylines.' },
    role: { label: 'Role', description: 'Their position at the clinic.' },
    shortBio: { label: 'Short bio', description: 'A few sentences about the clinician.' },
    photo: { label: 'Photo', description: 'A portrait (optional), shown on their page and on the team page.' },
    specialties: { label: 'Specialties', description: 'The fields of care they practise in, listed on their page.' },
  },
};
