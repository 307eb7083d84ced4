/**
 * The lint rules that keep imports pointing down (eslint.config.js): each case writes a small
 * file where the rule applies, lints it with the project's own configuration, and removes it.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LAYER_RULES = new Set(['import-x/no-restricted-paths', '@typescript-eslint/no-restricted-imports']);
const eslint = new ESLint({ cwd: WEB_DIR, ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId) });

/** The layer rules' complaints about `source`, written as a file in `folder` (under src/). */
async function layerErrors(folder: string, source: string): Promise<string[]> {
  const file = path.join(WEB_DIR, 'src', folder, `lint-probe-${randomBytes(4).toString('hex')}.ts`);
  writeFileSync(file, source);
  try {
    const [result] = await eslint.lintFiles([file]);
    const fatal = result?.messages.filter((message) => message.fatal) ?? [];
    if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'));
    return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
  } finally {
    rmSync(file, { force: true });
  }
}

describe('the import layers', () => {
  it('let a feature import shared code and its own parts', async () => {
    const errors = await layerErrors(
      'features/articles',
      "import { paths } from '@/config/paths';\nimport { articleQueries } from '@/features/articles/api/articles';\nexport const used = [paths, articleQueries];\n",
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('refuse a feature importing another feature', async () => {
    const errors = await layerErrors('features/articles', "import { commentQueries } from '@/features/comments/api/comments';\nexport const used = commentQueries;\n");
    expect(errors).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*A feature never imports another/)]);
  }, 60_000);

  it('refuse shared code importing a feature or the app', async () => {
    const errors = await layerErrors('lib', "import { articleQueries } from '@/features/articles/api/articles';\nimport { createRoutes } from '@/app/router';\nexport const used = [articleQueries, createRoutes];\n");
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(error).toMatch(/^import-x\/no-restricted-paths: .*Shared code/);
  }, 60_000);

  it('refuse runtime code from the CMS package, types only', async () => {
    const errors = await layerErrors(
      'utils',
      "import type { Article } from 'cms/types/content';\nimport config from 'cms/config/comments';\nexport const used: [Article | null, unknown] = [null, config];\n",
    );
    expect(errors).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*imports only types from the CMS/)]);
  }, 60_000);
});
