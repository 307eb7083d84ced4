import type { Core, Modules } from '@strapi/strapi';
import { COVER_ALT_MESSAGE, MEDICAL_REVIEW_MESSAGE, missingMedicalReview, publishingBlockers } from '@clinic/rules';
import { errors } from '@strapi/utils';

const ARTICLE = 'api::article.article';

async function assertReviewed(strapi: Core.Strapi, documentId: string, locale?: string) {
  const draft = await strapi.documents(ARTICLE).findOne({
    documentId,
    locale,
    status: 'draft',
    fields: ['lastReviewedAt'],
    populate: { medicalReviewer: { fields: ['name'] }, cover: { fields: ['alternativeText'] } },
  });
  if (!draft) {
    return; // Nothing to publish: let Strapi answer as it does.
  }

  const missing = publishingBlockers(draft);
  if (missing.length > 0) {
    const message = missingMedicalReview(draft).length > 0 ? MEDICAL_REVIEW_MESSAGE : COVER_ALT_MESSAGE;
    throw new errors.ValidationError(message, {
      errors: missing.map(({ path, message }) => ({ path: [path], message, name: 'ValidationError' })),
    });
  }
}

/**
 * The medical-review rule: an article is published only with a medical
 * reviewer and a last-reviewed date (and, the cover rule, a cover image only with
 * its alternative text; both in @clinic/rules). It sits in the Document Service, so it
 * holds for the admin's Publish button, the REST API and code alike.
 *
 * A create or update that asks for `status: 'published'` is split into "save
 * the draft" then "publish", so the check always runs against what is stored
 * and a refused publish loses none of the editor's changes.
 */
export function requireMedicalReview(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ARTICLE) {
      return next();
    }

    const params = context.params as { documentId?: string; locale?: string; status?: string };

    if (context.action === 'publish' && params.documentId) {
      await assertReviewed(strapi, params.documentId, params.locale);
      return next();
    }

    if ((context.action === 'create' || context.action === 'update') && params.status === 'published') {
      delete params.status;
      const draft = (await next()) as { documentId: string } | null;
      if (!draft) {
        return draft;
      }
      const { entries } = await strapi.documents(ARTICLE).publish({ documentId: draft.documentId, locale: params.locale });
      return entries[0];
    }

    return next();
  };
}
