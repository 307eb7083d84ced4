import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::treatment-option.treatment-option');
