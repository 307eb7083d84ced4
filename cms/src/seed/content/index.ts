export { clinicians } from './clinicians';
export { treatmentOptions } from './treatment-options';
export { faqEntries } from './faq-entries';
export { articles } from './articles';
export { siteSetting } from './site-setting';
export { comments } from './comments';
export { pages } from './pages';
