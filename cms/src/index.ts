import type { Core } from '@strapi/strapi';
import { requireCommentArticle } from './document-middlewares/require-comment-article';
import { requireMedicalReview } from './document-middlewares/require-medical-review';
import { runSeed } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(requireMedicalReview(strapi));
    strapi.documents.use(requireCommentArticle);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await runSeed(strapi);
  },
};
