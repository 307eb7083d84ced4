import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The part of Strapi's (casl) ability used here: can(action), with no subject, as users-permissions asks it. */
interface Ability {
  can(action: string): boolean;
}

interface AuthResult {
  authenticated: boolean;
  credentials?: null;
  ability?: Ability;
}

/**
 * Users-permissions authenticates visitors through the Public role, and
 * answers "not authenticated" on any error, a database outage included: the
 * visitor would get a 401. This strategy comes after it and, for a request
 * without credentials, looks the Public role up again without hiding errors,
 * so a database failure reaches `global::database-unavailable` (a 503) and a
 * passing glitch costs nothing (the request goes on as a visitor's).
 *
 * A request with credentials keeps Strapi's answer. It grants exactly what
 * users-permissions grants the Public role, nothing more.
 */
export function publicAccessRetry(strapi: Core.Strapi) {
  return {
    name: 'public-access-retry',

    async authenticate(ctx: { get(header: string): string }): Promise<AuthResult> {
      if (ctx.get('authorization')) {
        return { authenticated: false };
      }
      const permissionService = strapi.plugin('users-permissions').service('permission');
      const permissions = (await permissionService.findPublicPermissions()) as { action: string }[];
      if (permissions.length === 0) {
        return { authenticated: false };
      }
      const ability = (await strapi.contentAPI.permissions.engine.generateAbility(
        permissions.map((permission) => permissionService.toContentAPIPermission(permission)),
      )) as unknown as Ability;
      return { authenticated: true, credentials: null, ability };
    },

    /** As users-permissions verifies a visitor: every scope of the route must be granted. */
    async verify(auth: { ability?: Ability | null }, config: { scope?: string | string[] } = {}) {
      if (!config.scope || !auth.ability) {
        throw new errors.UnauthorizedError();
      }
      const scopes = Array.isArray(config.scope) ? config.scope : [config.scope];
      if (!scopes.every((scope) => auth.ability?.can(scope))) {
        throw new errors.ForbiddenError();
      }
    },
  };
}
