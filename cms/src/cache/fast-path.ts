import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { publicCache } from './public-cache';
import { cachedResponse, envelopeFor, isPublicRead, parseRead, readKey } from './public-reads';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Answers a cache hit before Koa sees the request: a hit is bytes already made, and Koa's
 * context and middleware chain cost more than sending them. Only a fresh entry with the
 * middleware headers already learnt for the request's Origin is answered here; everything
 * else (a miss, a write, the admin) goes to Koa as before, where `global::public-cache`
 * computes and stores it. Hits are not in Strapi's request log (nginx logs every request).
 */
export function answerHitsBeforeKoa(strapi: Core.Strapi): void {
  const server = strapi.server.httpServer;
  const [koa] = server.listeners('request') as Handler[];
  if (!koa) return;
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');

  const hit = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const cache = publicCache();
    if (!cache || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const read = parseRead(strapi, req);
    if (!isPublicRead(read, prefix)) return false;
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : '';
    const envelope = envelopeFor(origin);
    if (!envelope) return false;
    const entry = await cache.lookup(readKey(strapi, read.path, read.query));
    if (!entry) return false;
    const answer = cachedResponse(
      entry,
      envelope,
      { acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'] },
      'HIT',
    );
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : (answer.body ?? undefined));
    return true;
  };

  server.removeListener('request', koa);
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return koa(req, res);
    hit(req, res).then(
      (served) => served || koa(req, res),
      () => koa(req, res),
    );
  });
}
