import { randomBytes } from 'node:crypto';
import { chmod, mkdir, appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { ClinicConfig, SeedUser } from '#config/clinic';
import type { AdminRoles } from './admin-roles';

/** 24 random bytes in base64url: 32 characters, with the classes Strapi's password rule asks for. */
export function generatePassword(): string {
  for (;;) {
    const candidate = randomBytes(24).toString('base64url');
    if (/[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate)) {
      return candidate;
    }
  }
}

interface Generated {
  label: string;
  email: string;
  password: string;
}

async function ensureUser(
  strapi: Core.Strapi,
  label: string,
  user: SeedUser,
  roleId: number,
): Promise<Generated | null> {
  const email = user.email.toLowerCase();
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (existing) {
    // Never touch an existing account: its password may have been changed since.
    return null;
  }

  const password = user.password ?? generatePassword();
  await strapi.service('admin::user').create({
    email,
    firstname: user.firstname,
    lastname: '',
    password,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  strapi.log.info(`Created the ${label} admin user ${email}`);
  return user.password ? null : { label, email, password };
}

async function saveAndAnnounce(strapi: Core.Strapi, file: string, generated: Generated[]) {
  await mkdir(path.dirname(file), { recursive: true });
  const lines = generated.map((g) => `${g.label}\t${g.email}\t${g.password}`).join('\n');
  await appendFile(file, `# created ${new Date().toISOString()}\n${lines}\n`, { mode: 0o600 });
  await chmod(file, 0o600);

  const width = 72;
  const rule = '='.repeat(width);
  const message = [
    rule,
    'Admin accounts were created with generated passwords (shown once):',
    ...generated.map((g) => `  ${g.label.padEnd(10)} ${g.email}  ${g.password}`),
    `Saved to ${file} (readable by you only, outside git).`,
    'Set CMS_*_PASSWORD in the environment to choose them yourself.',
    rule,
  ].join('\n');
  // The log is where the person who ran the start command reads it.
  strapi.log.warn(`\n${message}`);
}

export async function ensureAdminUsers(strapi: Core.Strapi, roles: AdminRoles) {
  const { users, credentialsFile } = strapi.config.get<ClinicConfig['seed']>('clinic.seed');

  const generated: Generated[] = [];
  for (const [label, user, roleId] of [
    ['admin', users.admin, roles.superAdminId],
    ['editor', users.editor, roles.editorId],
    ['moderator', users.moderator, roles.moderatorId],
    ['front desk', users.frontdesk, roles.frontDeskId],
  ] as const) {
    const created = await ensureUser(strapi, label, user, roleId);
    if (created) generated.push(created);
  }

  if (generated.length > 0) {
    await saveAndAnnounce(strapi, credentialsFile, generated);
  }
}
