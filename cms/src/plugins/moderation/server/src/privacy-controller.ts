import type { Core } from '@strapi/strapi';
import type { EraseResponse, PersonalDataExport } from '../../shared/contracts';
import { PLUGIN_ID } from './permissions';
import type privacyService from './privacy-service';
import { validateErase, validateExportQuery } from './validation';

type PrivacyService = ReturnType<typeof privacyService>;

/** The admin user behind a request, for the log line (never the email asked about). */
const actor = (ctx: { state: { user?: { id?: unknown } } }) => `admin user ${String(ctx.state.user?.id ?? 'unknown')}`;

export default ({ strapi }: { strapi: Core.Strapi }): Core.Controller => {
  const privacy = () => strapi.plugin(PLUGIN_ID).service<PrivacyService & Core.Service>('privacy');

  return {
    /** GET /moderation/privacy/export?email=… → a JSON file of every comment by that address. */
    async export(ctx) {
      const { email } = await validateExportQuery(ctx.query);
      const comments = await privacy().exportByEmail(email);
      strapi.log.info(`[moderation] ${actor(ctx)} exported the personal data of ${comments.length} comment(s)`);

      const body: PersonalDataExport = { data: { email, exportedAt: new Date().toISOString(), comments } };
      ctx.set('Cache-Control', 'no-store');
      ctx.attachment('comments-personal-data.json');
      ctx.type = 'application/json';
      ctx.body = body;
    },

    /** POST /moderation/privacy/erase { email, removeText } → { data: { erased } } */
    async erase(ctx) {
      const input = await validateErase(ctx.request.body);
      const erased = await privacy().eraseByEmail(input);
      strapi.log.info(
        `[moderation] ${actor(ctx)} erased the personal data of ${erased} comment(s)${input.removeText ? ', text included' : ''}`,
      );
      const body: EraseResponse = { data: { erased } };
      ctx.body = body;
    },
  };
};
