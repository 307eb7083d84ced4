import type { Core } from '@strapi/strapi';

/** Reads a variable that has no safe default, failing start-up with a message that says what to do. */
export function requiredEnv(env: Core.Config.Shared.ConfigParams['env'], name: string): string {
  const value = env(name);
  if (!value) {
    throw new Error(
      `${name} is not set. Run \`npm start\` once to generate cms/.env with fresh secrets, or set ${name} in the environment.`,
    );
  }
  return value;
}
