import { errors } from '@strapi/utils';

const READ = 'plugin::content-manager.explorer.read';

type PolicyContext = {
  params?: { contentType?: string };
  state?: { userAbility?: { can(action: string, subject: string): boolean } };
};

/**
 * `global::can-preview`: the admin may read the content type of the route's `:contentType` in
 * the Content Manager (src/preview/preview-access.ts puts it on the preview-link route).
 */
export default (context: PolicyContext) => {
  const uid = context.params?.contentType ?? '';
  if (context.state?.userAbility?.can(READ, uid)) return true;
  throw new errors.ForbiddenError('You may not preview this content type: previewing needs permission to read it in the Content Manager.');
};
