import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const folders = (dir) =>
  readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * The CMS's areas talk through named modules. The seed runs at start and nothing at run time
 * depends on it; a content type's API does not reach into another's files (it asks
 * strapi.service or strapi.documents); a plugin shows the rest of the CMS only its shared/
 * contracts and reaches an API through its service's entry.
 */
const APIS = folders('./src/api');
const PLUGINS = folders('./src/plugins');
const RUNTIME = folders('./src')
  .filter((name) => name !== 'seed')
  .map((name) => `./src/${name}`);

const AREA_ZONES = [
  { target: [...RUNTIME, './config'], from: './src/seed', message: 'Runtime code never depends on the seed: move what both need into a named module (src/auth, src/utils …).' },
  ...APIS.map((api) => ({
    target: `./src/api/${api}`,
    from: './src/api',
    except: [`./${api}`],
    message: "An API never imports another API's files: ask strapi.service() or strapi.documents() instead.",
  })),
  ...PLUGINS.map((plugin) => ({
    target: ['./src/api', './src/seed', ...PLUGINS.filter((other) => other !== plugin).map((other) => `./src/plugins/${other}`)],
    from: `./src/plugins/${plugin}`,
    except: ['./shared'],
    message: "Outside a plugin, only its shared/ contracts may be imported.",
  })),
  ...APIS.map((api) => ({
    target: './src/plugins',
    from: `./src/api/${api}`,
    except: [`./services/${api}.ts`],
    message: "A plugin reaches an API through its service's entry (services/<name>.ts), never its internals.",
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'build/', '.tmp/', '.cache/', '.strapi/', 'types/generated/', 'public/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    // tsconfig's paths, so that `#src/…` names the source file the zones below are about.
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.json', 'tests/tsconfig.json', 'src/admin/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: AREA_ZONES }],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Admin panel code (the app's and the local plugins') runs in the browser, bundled by Strapi's vite.
    files: ['src/admin/**/*.{ts,tsx}', 'src/plugins/*/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Response bodies are read field by field in assertions; typing every one would add nothing.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
