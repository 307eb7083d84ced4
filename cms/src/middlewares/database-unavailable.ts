import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from '../database/unavailable';

/**
 * When the database cannot be reached, answer a clean 503 with a Retry-After
 * in Strapi's error shape instead of a 500. Registered right after
 * `strapi::errors`, so it sees the error first.
 */
const databaseUnavailable: Core.MiddlewareFactory = (_config, { strapi }) => async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) {
      throw error;
    }
    // knex puts the SQL before the driver's message: keep the driver's part.
    const reason = error instanceof Error ? error.message.split(' - ').pop() : String(error);
    strapi.log.warn(`${ctx.method} ${ctx.path}: database unavailable (${reason})`);
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.serviceUnavailable(UNAVAILABLE_MESSAGE);
  }
};

export default databaseUnavailable;
