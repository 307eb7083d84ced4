import type { Core } from '@strapi/strapi';

export interface ShutdownConfig {
  /** After SIGTERM or SIGINT, how long the requests in progress may take before the process stops anyway. */
  timeoutMs: number;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): ShutdownConfig => {
  const seconds = env.float('SHUTDOWN_TIMEOUT_SECONDS', 10);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds, 0 or more, not "${env('SHUTDOWN_TIMEOUT_SECONDS')}"`);
  }
  return { timeoutMs: Math.round(seconds * 1000) };
};

export default config;
