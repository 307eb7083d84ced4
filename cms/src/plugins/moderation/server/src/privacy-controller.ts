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
    /**
     * GET /moderation/privacy/export?email=…&phone=… → a JSON file of every comment by that
     * address and every consultation request with that address or number.
     */
    async export(ctx) {
      const contact = await validateExportQuery(ctx.query);
      const { comments, consultRequests } = await privacy().exportByContact(contact);
      strapi.log.info(
        `[moderation] ${actor(ctx)} exported the personal data of ${comments.length} comment(s) and ${consultRequests.length} consultation request(s)`,
      );

      const body: PersonalDataExport = {
        data: {
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          exportedAt: new Date().toISOString(),
          comments,
          consultRequests,
        },
      };
      ctx.set('Cache-Control', 'no-store');
      ctx.attachment('personal-data.json');
      ctx.type = 'application/json';
      ctx.body = body;
    },

    /** POST /moderation/privacy/erase { email?, phone?, removeText } → { data: { erased, consultRequests } } */
    async erase(ctx) {
      const input = await validateErase(ctx.request.body);
      const result = await privacy().eraseByContact(input);
      strapi.log.info(
        `[moderation] ${actor(ctx)} erased the personal data of ${result.erased} comment(s)${input.removeText ? ', text included' : ''}, and deleted ${result.consultRequests} consultation request(s)`,
      );
      const body: EraseResponse = { data: result };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = body;
    },
  };
};
