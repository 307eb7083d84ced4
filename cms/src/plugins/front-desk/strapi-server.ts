// The server half of the plugin, compiled by the project's tsc to
// dist/src/plugins/front-desk/strapi-server.js (see config/plugins.ts).
export { default } from './server/src/index';
