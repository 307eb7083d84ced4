/**
 * The lint rules that keep the CMS's areas apart (eslint.config.mjs): each case writes a small
 * file where the rule applies, lints it with the project's own configuration, and removes it.
 * No CMS is booted: this is about the source.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const CMS_DIR = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: CMS_DIR, ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths' });

/** The area rule's complaints about `source`, written as a file in `folder` (under cms/). */
async function areaErrors(folder: string, source: string): Promise<string[]> {
  const file = path.join(CMS_DIR, folder, `lint-probe-${randomBytes(4).toString('hex')}.ts`);
  writeFileSync(file, source);
  try {
    const [result] = await eslint.lintFiles([file]);
    const fatal = result?.messages.filter((message) => message.fatal) ?? [];
    if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'));
    return (result?.messages ?? []).map((message) => message.message);
  } finally {
    rmSync(file, { force: true });
  }
}

describe('the CMS areas', () => {
  it('let an API import the shared modules by name, and its own files', async () => {
    const errors = await areaErrors(
      'src/api/comment/services/lib',
      "import { checkedFormData } from '#src/public-forms/errors';\nimport commentsConfig from '#config/comments';\nimport { parseSubmission } from './submission';\nexport const used = [checkedFormData, commentsConfig, parseSubmission];\n",
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('refuse the seed at run time', async () => {
    const errors = await areaErrors('src/server', "import { seedContent } from '#src/seed/seed-content';\nexport const used = seedContent;\n");
    expect(errors).toEqual([expect.stringMatching(/^Unexpected path .* Runtime code never depends on the seed/)]);
  }, 60_000);

  it("refuse an API importing another API's files", async () => {
    const errors = await areaErrors(
      'src/api/comment/services/lib',
      "import { toView } from '#src/api/consult-request/services/lib/records';\nexport const used = toView;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/An API never imports another API's files/)]);
  }, 60_000);

  it("refuse a plugin's files outside its shared contracts, even by a relative path", async () => {
    const errors = await areaErrors(
      'src/plugins/front-desk/server/src',
      "import permissions from '../../../moderation/server/src/permissions';\nexport const used = permissions;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/only its shared\/ contracts may be imported/)]);
  }, 60_000);
});
