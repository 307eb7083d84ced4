import type { APIRequestContext } from '@playwright/test';
import type { E2eStack } from './stack';

const tokens = new Map<string, Promise<string>>();

/**
 * An admin API token for one of the stack's accounts, logged in once for the whole run: Strapi
 * allows an account only a few logins from one address in a few minutes, and the specs share
 * the stack (a browser login in a spec is a login of its own).
 */
export function adminToken(request: APIRequestContext, stack: E2eStack, account: keyof E2eStack['accounts']): Promise<string> {
  let token = tokens.get(account);
  if (!token) {
    token = request.post(`${stack.cmsUrl}/admin/login`, { data: stack.accounts[account] }).then(async (response) => {
      const body = (await response.json()) as { data?: { token?: string } };
      if (!response.ok() || !body.data?.token) throw new Error(`The ${account} could not log in: ${response.status()} ${JSON.stringify(body)}`);
      return body.data.token;
    });
    tokens.set(account, token);
    token.catch(() => tokens.delete(account));
  }
  return token;
}
