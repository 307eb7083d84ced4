import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_DIR, STRAPI_BIN } from './support/cms';

const COMMITTED = path.join(CMS_DIR, 'types', 'generated');

describe('generated content types', () => {
  it('are up to date with the schemas (run `pnpm --filter cms types` and commit the result)', () => {
    // --out-dir is relative to the project: generate into a scratch folder under .tmp.
    const scratch = mkdtempSync(path.join(CMS_DIR, '.tmp', 'typegen-'));
    try {
      execFileSync(
        process.execPath,
        [STRAPI_BIN, 'ts:generate-types', '--silent', '--out-dir', path.relative(CMS_DIR, scratch)],
        { cwd: CMS_DIR, stdio: 'pipe', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } },
      );
      const fresh = path.join(scratch, 'generated');
      const files = readdirSync(COMMITTED).sort();
      expect(readdirSync(fresh).sort()).toEqual(files);
      for (const file of files) {
        expect(readFileSync(path.join(fresh, file), 'utf8'), `${file} is stale`).toBe(
          readFileSync(path.join(COMMITTED, file), 'utf8'),
        );
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
