import type { Core } from '@strapi/strapi';
import { publicAccessRetry } from './auth/public-access-retry';
import { answerHitsBeforeKoa } from './cache/fast-path';
import { invalidateOnQueryEngineWrites, invalidateOnWrite } from './cache/invalidation';
import { closePublicCache, createPublicCache } from './cache/public-cache';
import { scheduleRetention } from './api/consult-request/services/lib/retention';
import { applyFieldLabels } from './content-manager/apply-field-labels';
import { surviveDatabaseOutages } from './database/unavailable';
import { requireCommentArticle } from './document-middlewares/require-comment-article';
import { requireMedicalReview } from './document-middlewares/require-medical-review';
import { requireReadableBrandColour } from './document-middlewares/require-readable-brand-colour';
import { refuseReservedSlugs } from './document-middlewares/refuse-reserved-slugs';
import { requirePreviewPermission } from './preview/preview-access';
import { syncPreviewApiToken } from './preview/preview-api-token';
import { runSeed } from './seed';
import { shutDownGracefully } from './server/graceful-shutdown';
import type { ShutdownConfig } from '../config/shutdown';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    surviveDatabaseOutages(strapi);
    strapi.documents.use(requireMedicalReview(strapi));
    strapi.documents.use(requireCommentArticle);
    strapi.documents.use(requireReadableBrandColour);
    strapi.documents.use(refuseReservedSlugs);
    createPublicCache(strapi);
    strapi.documents.use(invalidateOnWrite(strapi));
    // After users-permissions' own strategy: see the file for why.
    strapi.get('auth').register('content-api', publicAccessRetry(strapi));
    requirePreviewPermission(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    invalidateOnQueryEngineWrites(strapi);
    answerHitsBeforeKoa(strapi);
    shutDownGracefully(strapi, strapi.config.get<ShutdownConfig>('shutdown').timeoutMs);
    await runSeed(strapi);
    await syncPreviewApiToken(strapi);
    await applyFieldLabels(strapi);
    scheduleRetention(strapi, (scheduledAt) => strapi.service('api::consult-request.consult-request').runRetention(scheduledAt));
  },

  async destroy() {
    await closePublicCache();
  },
};
