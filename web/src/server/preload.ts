/** The part of Vite's build manifest (`dist/.vite/manifest.json`) that names chunks. */
export type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

/** Route id → the route module's key in the manifest (see the ids in src/app/router.tsx). */
const routeModule = (id: string) => `src/app/routes/${id}.tsx`;

/** The chunk files of `keys` and of everything they import statically. */
function chunkFiles(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

/**
 * `<link rel="modulepreload">` elements for the lazy route modules of a rendered page (and
 * the chunks they import), less what the entry already loads: the browser fetches them
 * alongside the entry instead of after it has run, and the page hydrates one round trip sooner.
 */
export function createModulePreloads(manifest: Manifest): (routeIds: readonly string[]) => string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const loadedByEntry = chunkFiles(manifest, entries);
  return (routeIds) =>
    [...chunkFiles(manifest, routeIds.map(routeModule))]
      .filter((file) => !loadedByEntry.has(file))
      .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
      .join('');
}
