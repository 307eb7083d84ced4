import { factories } from '@strapi/strapi';

const readMiddlewares = ['global::published-only'];

export default factories.createCoreRouter('api::page.page', {
  config: {
    find: { middlewares: readMiddlewares },
    findOne: { middlewares: readMiddlewares },
  },
});
