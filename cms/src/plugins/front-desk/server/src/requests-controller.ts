import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ConsultCountResponse, ConsultRequestResponse } from '../../shared/contracts';
import { consultRequests, countWithStatus } from './consult-requests';
import { PLUGIN_ID } from './permissions';
import { isDocumentId, validateListQuery, validateUpdate } from './validation';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The admin user behind a request, for the log line (never what the request says). */
const actor = (ctx: Context) => `admin user ${String((ctx.state.user as { id?: unknown } | undefined)?.id ?? 'unknown')}`;

const notFound = () => new errors.NotFoundError('No consultation request has this documentId');

/** The documentId in the path; one that cannot be a documentId names no request either. */
function documentIdOf(ctx: Context): string {
  const { documentId } = ctx.params as { documentId?: unknown };
  if (!isDocumentId(documentId)) throw notFound();
  return documentId;
}

export default ({ strapi }: { strapi: Core.Strapi }): Core.Controller => {
  const requests = () => consultRequests(strapi);

  return {
    /** GET /front-desk/requests?status=new|contacted|closed&page=&pageSize= */
    async find(ctx) {
      ctx.body = await requests().staffList(await validateListQuery(ctx.query));
    },

    /** GET /front-desk/requests/count: the menu badge. */
    async count(ctx) {
      const body: ConsultCountResponse = { data: { new: await countWithStatus(strapi, 'new') } };
      ctx.body = body;
    },

    /** GET /front-desk/requests/:documentId */
    async findOne(ctx) {
      const view = await requests().staffFind(documentIdOf(ctx));
      if (!view) throw notFound();
      const body: ConsultRequestResponse = { data: view };
      ctx.body = body;
    },

    /** PUT /front-desk/requests/:documentId { status?, staffNote? } */
    async update(ctx) {
      const documentId = documentIdOf(ctx);
      const change = await validateUpdate(ctx.request.body);
      const view = await requests().staffUpdate(documentId, change);
      if (!view) throw notFound();
      const what = [
        change.status !== undefined ? `status ${change.status}` : null,
        change.staffNote !== undefined ? 'the staff note' : null,
      ].filter(Boolean);
      strapi.log.info(`[${PLUGIN_ID}] ${actor(ctx)} set ${what.join(' and ')} on consultation request ${documentId}`);
      const body: ConsultRequestResponse = { data: view };
      ctx.body = body;
    },
  };
};
