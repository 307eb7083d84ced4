import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import type { Entry } from '@clinic/http-cache';
import { publicCache } from './public-cache';
import { cachedResponse, envelopeFor, publicReadKey } from './public-reads';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Answers a cache hit before Koa sees the request: a hit is bytes already made, and Koa's
 * context and middleware chain cost more than sending them. Only a fresh entry with the
 * middleware headers already learnt for the request's Origin is answered here; everything
 * else (a miss, a write, the admin) goes to Koa as before, where `global::public-cache`
 * computes and stores it. Hits are not in Strapi's request log (nginx logs every request).
 *
 * An entry this process holds, checked against its current copy of the generations, is
 * answered synchronously; otherwise the cache is asked (a read from Redis) before Koa is.
 */
export function answerHitsBeforeKoa(strapi: Core.Strapi): void {
  const server = strapi.server.httpServer;
  const [koa] = server.listeners('request') as Handler[];
  if (!koa) return;
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  const apiPath = `${prefix}/`;

  const send = (req: IncomingMessage, res: ServerResponse, entry: Entry, envelope: Record<string, string>) => {
    const answer = cachedResponse(
      entry,
      envelope,
      { acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'] },
      'HIT',
    );
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : (answer.body ?? undefined));
  };

  server.removeListener('request', koa);
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const cache = publicCache();
    if (!cache || (req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(apiPath)) return koa(req, res);
    const envelope = envelopeFor(typeof req.headers.origin === 'string' ? req.headers.origin : '');
    let key: string | null = null;
    try {
      key = envelope ? publicReadKey(strapi, req, prefix) : null;
    } catch {
      // A target Koa's parsers refuse: Koa answers it.
    }
    if (!envelope || !key) return koa(req, res);
    const entry = cache.localHit(key);
    if (entry) return send(req, res, entry, envelope);
    cache.lookup(key).then(
      (found) => (found ? send(req, res, found, envelope) : koa(req, res)),
      () => koa(req, res),
    );
  });
}
