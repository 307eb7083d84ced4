import { factories } from '@strapi/strapi';

const readMiddlewares = ['global::published-only', 'api::article.article-populate'];

export default factories.createCoreRouter('api::article.article', {
  config: {
    find: { middlewares: readMiddlewares },
    findOne: { middlewares: readMiddlewares },
  },
});
