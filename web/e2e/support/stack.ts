/** The running stack, as web/e2e/global-setup.ts (or a stack started by hand) describes it. */
export type Account = { email: string; password: string };

export type E2eStack = {
  /** nginx serving the production build, e.g. http://127.0.0.1:40123 */
  webUrl: string;
  /** the CMS, e.g. http://127.0.0.1:40124 */
  cmsUrl: string;
  accounts: Record<'admin' | 'editor' | 'moderator' | 'frontdesk', Account>;
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the specs with \`pnpm --filter web e2e\`, whose global setup starts the stack`);
  return value;
}

const account = (prefix: string): Account => ({
  email: required(`E2E_${prefix}_EMAIL`),
  password: required(`E2E_${prefix}_PASSWORD`),
});

export function readStack(): E2eStack {
  return {
    webUrl: required('E2E_WEB_URL'),
    cmsUrl: required('E2E_CMS_URL'),
    accounts: { admin: account('ADMIN'), editor: account('EDITOR'), moderator: account('MODERATOR'), frontdesk: account('FRONTDESK') },
  };
}
