import { paths } from '@/config/paths';
import { absoluteUrl } from '@/utils/url';

/**
 * The `@id`s that tie the site's structured data together: an article's author and medical
 * reviewer are the Person described on their team page, who works for the clinic.
 */
export const clinicId = () => `${absoluteUrl('/')}#clinic`;
export const personId = (slug: string) => `${absoluteUrl(paths.teamMember.getHref(slug))}#person`;
