import path from 'node:path';
import { mergeConfig, type UserConfig } from 'vite';

/**
 * The admin panel's bundle: the plugins' pages import the UI pieces they share from this folder
 * by name (`#admin/…`, as src/admin/tsconfig.json's paths say).
 */
export default (config: UserConfig) =>
  mergeConfig(config, {
    resolve: { alias: [{ find: /^#admin\//, replacement: `${path.join(__dirname)}/` }] },
  });
