import { brandColourProblem } from '@clinic/rules';
import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const SITE_SETTING = 'api::site-setting.site-setting';

/**
 * The brand-colour rule (@clinic/rules): a brand colour too light for text on the colours
 * the site pairs it with is refused, with its measured contrast, wherever the site settings are
 * saved (the admin, the API, code). The site uses only colours that pass.
 */
export const requireReadableBrandColour: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid !== SITE_SETTING || (context.action !== 'create' && context.action !== 'update')) return next();
  const data = (context.params as { data?: { brandColor?: string | null } }).data;
  const problem = brandColourProblem(data?.brandColor);
  if (problem) {
    throw new errors.ValidationError(problem, { errors: [{ path: ['brandColor'], message: problem, name: 'ValidationError' }] });
  }
  return next();
};
