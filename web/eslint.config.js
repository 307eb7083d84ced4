import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first: types, config, utils, lib and components are shared by everything
 * above them; each feature is a unit of its own that never imports another; app composes the
 * features into routes; server renders app. Imports point down, never up or sideways.
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SHARED = ['./src/types', './src/config', './src/utils', './src/lib', './src/components'];

const LAYER_ZONES = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another: move what both need into lib, components or utils, or compose them in app.',
  })),
  {
    target: SHARED,
    from: ['./src/features', './src/app', './src/server'],
    message: 'Shared code (types, config, utils, lib, components) cannot depend on features, app or the server.',
  },
  { target: './src/features', from: ['./src/app', './src/server'], message: 'Features cannot import app or the server: app composes features.' },
  { target: './src/app', from: './src/server', message: 'The app runs in the browser too: it cannot import the server.' },
];

export default defineConfig([
  globalIgnores(['dist', 'dist-server', '.tmp', 'coverage', 'public', 'e2e-artifacts', 'test-results', 'playwright-report']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
    ],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.app.json', 'tsconfig.server.json', 'tsconfig.node.json'], noWarnOnMultipleProjects: true })],
    },
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': 'error',
      // From the CMS the web imports types only (the generated content types); shared rules come from @clinic/rules.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cms', 'cms/*'],
              allowTypeImports: true,
              message: 'The web imports only types from the CMS; a rule both need belongs in @clinic/rules.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'Import through the @/ alias instead of climbing directories.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
]);
