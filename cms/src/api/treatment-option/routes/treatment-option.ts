import { factories } from '@strapi/strapi';

const readMiddlewares = ['global::published-only'];

export default factories.createCoreRouter('api::treatment-option.treatment-option', {
  config: {
    find: { middlewares: readMiddlewares },
    findOne: { middlewares: readMiddlewares },
  },
});
