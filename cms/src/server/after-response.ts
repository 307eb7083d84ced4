/**
 * Work that runs once a response has gone out (the moderators' email), so it
 * never delays or fails the request. A CMS that is stopping waits for it
 * (graceful-shutdown.ts) before it closes the database and exits.
 */
import type { ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';

const running = new Set<Promise<void>>();

export function runAfterResponse(strapi: Core.Strapi, response: ServerResponse, task: () => Promise<void>) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const work: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => {
        strapi.log.error(`Work after a response failed: ${String(error)}`);
      })
      .finally(() => running.delete(work));
    running.add(work);
  };
  response.once('finish', start);
  response.once('close', start);
}

/** Resolves once the work started so far is done. */
export async function workAfterResponses(): Promise<void> {
  await Promise.all([...running]);
}
