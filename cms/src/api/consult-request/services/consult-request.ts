/**
 * The consultation request service. Strapi loads every file directly in this folder as a
 * service, so the parts live in ./lib: the sealing, the stored records, the submission, the
 * staff's tools, the retention job. This file holds the keys and composes them.
 */
import { factories, type Core } from '@strapi/strapi';
import type { ConsultConfig } from '#config/consult';
import { deriveKey, formTokenAnswer } from '#src/public-forms/form-token';
import { CONSULT } from './lib/records';
import { createRetention } from './lib/retention';
import { createKeyring, type Keyring } from './lib/sealed-fields';
import { createStaffTools } from './lib/staff';
import { createSubmit, type SubmitKeys } from './lib/submit';

export { DuplicateRequestError } from './lib/errors';
export type { SubmitResult } from './lib/submit';

export default factories.createCoreService(CONSULT, ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get<ConsultConfig>('consult');
  let keys: SubmitKeys | undefined;
  const submitKeys = () => {
    keys ??= {
      formToken: deriveKey(config().secret, 'form-token', 'consult-requests'),
      clientIp: deriveKey(config().secret, 'client-ip', 'consult-requests'),
      keyring: createKeyring(config().encryptionKey, config().previousEncryptionKeys),
    };
    return keys;
  };
  const keyring = (): Keyring => submitKeys().keyring;
  const staff = createStaffTools(strapi, keyring);
  const retention = createRetention(strapi, keyring);

  return {
    issueFormToken() {
      return formTokenAnswer(submitKeys().formToken, config().formTokenTtlSeconds);
    },

    /** See lib/submit.ts. */
    submit: createSubmit(strapi, submitKeys),

    /** The Front desk's tools (lib/staff.ts), named apart from the core service's own methods. */
    staffList: staff.list,
    staffFind: staff.findView,
    staffUpdate: staff.update,
    exportByContact: staff.exportByContact,
    eraseByContact: staff.eraseByContact,

    /** The retention job's one run (lib/retention.ts), scheduled in bootstrap. */
    runRetention: retention.run,
  };
});
