// The stack's own servers: a CMS process and a page renderer, each with its log file.
import path from 'node:path';
import { spawnCms } from '../../../cms/scripts/launch.mjs';
import { rendererEnvironment } from './env.mjs';
import { logTo, spawnLogged } from './processes.mjs';

/**
 * Starts one CMS process (`strapi start` on the built project) on a port of its own.
 * @param {{ index: number, port: number, env: Record<string, string>, logDir: string }} options
 */
export function startCms({ index, port, env, logDir }) {
  const logPath = path.join(logDir, index === 0 ? 'cms.log' : `cms-${index + 1}.log`);
  const child = spawnCms({ port, env });
  logTo(child, logPath);
  return { name: index === 0 ? 'The CMS' : `CMS process ${index + 1}`, child, logPath, url: `http://127.0.0.1:${port}` };
}

/**
 * Starts one page renderer (web/dist-server/main.js), as the web-ssr image runs it.
 * @param {{ index: number, port: number, serverDir: string, distDir: string, webUrl: string, cmsUrl: string, cachePrefix: string, previewSecret: string, logDir: string, env: Record<string, string> }} options
 */
export function startRenderer({ index, port, serverDir, distDir, webUrl, cmsUrl, cachePrefix, previewSecret, logDir, env }) {
  const renderer = spawnLogged({
    name: index === 0 ? 'The page renderer' : `Page renderer ${index + 1}`,
    command: process.execPath,
    args: [path.join(serverDir, 'main.js')],
    env: rendererEnvironment({ port, distDir, webUrl, cmsUrl, cachePrefix, previewSecret, env }),
    logPath: path.join(logDir, index === 0 ? 'ssr.log' : `ssr-${index + 1}.log`),
  });
  return { ...renderer, url: `http://127.0.0.1:${port}` };
}
