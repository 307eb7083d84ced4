import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

/** The sample cover's description: what a screen reader says, and what shows if it does not load. */
export const SAMPLE_COVER_ALT = 'Soft blue and green waves on a pale background (sample cover image)';

/**
 * An abstract sample cover, drawn here rather than committed: no photograph, no licence to
 * track, no person or place it could be mistaken for. 1600×900, so Strapi makes its small,
 * medium and large formats and the site's srcset has something to choose from.
 */
function drawCover(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#eef4f8"/><stop offset="1" stop-color="#dbe9e4"/>
      </linearGradient>
    </defs>
    <rect width="1600" height="900" fill="url(#sky)"/>
    <path d="M0 560 C 300 470, 520 650, 820 560 S 1320 460, 1600 560 V 900 H 0 Z" fill="#9cc3d9" opacity="0.7"/>
    <path d="M0 660 C 280 600, 600 760, 900 670 S 1380 590, 1600 680 V 900 H 0 Z" fill="#7fb3a0" opacity="0.75"/>
    <path d="M0 770 C 360 720, 640 860, 1000 780 S 1420 730, 1600 790 V 900 H 0 Z" fill="#0b5394" opacity="0.35"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** Uploads the sample cover through the upload plugin (its formats included); returns the file's id. */
export async function uploadSampleCover(strapi: Core.Strapi): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'clinic-seed-'));
  try {
    const filepath = path.join(dir, 'sample-cover.jpg');
    await writeFile(filepath, await drawCover());
    const { size } = await stat(filepath);
    const [file] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: 'sample-cover.jpg', alternativeText: SAMPLE_COVER_ALT, caption: 'Sample image: replace it with the clinic’s own.' } },
        files: { filepath, originalFilename: 'sample-cover.jpg', mimetype: 'image/jpeg', size },
      })) as { id: number }[];
    if (!file) throw new Error('The upload plugin stored no sample cover');
    return file.id;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
