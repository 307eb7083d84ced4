import { factories } from '@strapi/strapi';

const readMiddlewares = ['global::published-only'];

export default factories.createCoreRouter('api::faq-entry.faq-entry', {
  config: {
    find: { middlewares: readMiddlewares },
    findOne: { middlewares: readMiddlewares },
  },
});
