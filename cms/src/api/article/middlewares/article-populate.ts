import type { Core } from '@strapi/strapi';

/**
 * What an article page needs, populated when the client sends no `populate`
 * of its own: the people and their credentials, sources, SEO, and the related
 * treatments and FAQ entries. Explicit fields keep private and unused data out.
 */
export const ARTICLE_POPULATE = {
  cover: { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] },
  author: { fields: ['name', 'credentials', 'role'] },
  medicalReviewer: { fields: ['name', 'credentials', 'role'] },
  sources: { fields: ['title', 'url'] },
  seo: { fields: ['metaTitle', 'metaDescription'] },
  relatedTreatments: { fields: ['name', 'slug', 'category', 'summary'] },
  relatedFaqs: { fields: ['question', 'answer', 'topic', 'order'] },
};

const articlePopulate: Core.MiddlewareFactory = () => async (ctx, next) => {
  const query = ctx.query as Record<string, unknown>;
  if (query.populate === undefined) {
    ctx.query = { ...query, populate: ARTICLE_POPULATE };
  }
  await next();
};

export default articlePopulate;
