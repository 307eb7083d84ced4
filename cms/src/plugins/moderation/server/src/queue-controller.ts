import type { Core } from '@strapi/strapi';
import type { QueueCountResponse } from '../../shared/contracts';
import { PLUGIN_ID } from './permissions';
import type queueService from './queue-service';
import { validateListQuery, validateSetStatus } from './validation';

type QueueService = ReturnType<typeof queueService>;

export default ({ strapi }: { strapi: Core.Strapi }): Core.Controller => {
  const queue = () => strapi.plugin(PLUGIN_ID).service<QueueService & Core.Service>('queue');

  return {
    /** GET /moderation/comments?status=pending|approved|spam|trash|all&page=&pageSize= */
    async find(ctx) {
      ctx.body = await queue().list(await validateListQuery(ctx.query));
    },

    /** GET /moderation/comments/count: the menu badge. */
    async count(ctx) {
      const body: QueueCountResponse = { data: { pending: await queue().countPending() } };
      ctx.body = body;
    },

    /** POST /moderation/comments/actions/set-status { documentIds, status } */
    async setStatus(ctx) {
      const input = await validateSetStatus(ctx.request.body);
      ctx.body = { data: await queue().setStatus(input) };
    },
  };
};
