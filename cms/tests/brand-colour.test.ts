import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, request } from './support/http';

const SETTINGS = '/content-manager/single-types/api::site-setting.site-setting';

let cms: Cms;
let editor: string;

const save = (brandColor: string | null) => request(cms.url, SETTINGS, { method: 'PUT', token: editor, body: { brandColor } });

beforeAll(async () => {
  cms = await startCms();
  editor = await adminLogin(cms.url, USERS.editor);
});

afterAll(async () => {
  await cms?.destroy();
});

describe("the clinic's brand colour", () => {
  it('is refused when text in it would be too faint, with the measured contrast, and the settings keep the last good one', async () => {
    expect((await save('#0b5394')).status).toBe(200);
    const refused = await save('#7fb3d5');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/contrast of 2\.\d\d:1 .* at least 4\.5:1 \(WCAG AA\)/);
    expect(refused.body.error.details.errors[0].path).toEqual(['brandColor']);
    const settings = await request(cms.url, '/api/site-setting?fields[0]=brandColor');
    expect(settings.body.data.brandColor).toBe('#0b5394');
  });

  it('is refused when it is not a #rrggbb colour, so nothing else can reach the CSS', async () => {
    for (const value of ['red', '#0b5394;}', 'url(x)']) {
      expect((await save(value)).status, value).toBe(400);
    }
  });

  it('may be left empty for the default look', async () => {
    expect((await save(null)).status).toBe(200);
    const settings = await request(cms.url, '/api/site-setting?fields[0]=brandColor');
    expect(settings.body.data.brandColor).toBeNull();
  });
});
