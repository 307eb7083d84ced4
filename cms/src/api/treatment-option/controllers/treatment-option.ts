import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::treatment-option.treatment-option');
