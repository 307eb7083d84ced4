// The server half of the plugin. The project's tsc build compiles this file to
// dist/src/plugins/moderation/strapi-server.js, which is what Strapi loads (see
// config/plugins.ts for why the plugin is resolved from dist/ at run time).
export { default } from './server/src/index';
