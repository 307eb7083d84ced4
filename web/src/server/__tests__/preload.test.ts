import { describe, expect, it } from 'vitest';
import { createModulePreloads, type Manifest } from '@/server/preload';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared-2.js' },
  'src/app/routes/article.tsx': { file: 'assets/article-3.js', imports: ['_shared.js', '_blocks.js'] },
  '_blocks.js': { file: 'assets/blocks-4.js', imports: ['_dates.js'] },
  '_dates.js': { file: 'assets/dates-5.js' },
  'src/app/routes/faq.tsx': { file: 'assets/faq-6.js' },
};

describe('module preloads', () => {
  it('preloads the rendered route module and what it imports, not what the entry already loads', () => {
    const preloads = createModulePreloads(manifest)(['root', 'article']);

    expect(preloads).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/article-3.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/blocks-4.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/dates-5.js">',
    );
  });

  it('preloads nothing without a manifest', () => {
    expect(createModulePreloads({})(['root', 'article'])).toBe('');
  });
});
