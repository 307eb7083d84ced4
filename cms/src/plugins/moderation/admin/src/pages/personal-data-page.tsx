import * as React from 'react';
import { Box, Button, Checkbox, Dialog, Field, Flex, Typography } from '@strapi/design-system';
import { Download, Trash, WarningCircle } from '@strapi/icons';
import { BackButton, Layouts, Page, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import {
  useErasePersonalDataMutation,
  useExportPersonalDataMutation,
  type PersonalDataContact,
  type PersonalDataExport,
} from '../api';
import { QUEUE_PATH } from '../constants';

// The same rules the server applies (yup's email check is stricter; it answers 400 with the reason).
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
const looksLikePhone = (value: string) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= 7;

const count = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n} ${many}`);
const comments = (n: number) => count(n, 'comment', 'comments');
const requests = (n: number) => count(n, 'consultation request', 'consultation requests');

/** Who the request is about, as the notifications name them. */
const whom = ({ email, phone }: PersonalDataContact) => [email, phone].filter(Boolean).join(' or ');

/** Saves the export as a JSON file, named after the address or number and the day. */
function download(exported: PersonalDataExport['data']) {
  const blob = new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  const who = (exported.email ?? exported.phone ?? 'contact').replace(/[^a-z0-9@._+-]+/gi, '_');
  link.href = url;
  link.download = `personal-data-${who}-${exported.exportedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

interface FieldErrors {
  email?: string;
  phone?: string;
}

/**
 * Answers a person's data request, as WordPress's privacy tools do: export every comment
 * written with an email address and every consultation request sent with that address or a
 * phone number, or erase them (the comments' personal data, and their text if asked; the
 * requests are deleted).
 */
export const PersonalDataPage = () => {
  const [email, setEmail] = React.useState('');
  const [phone, setPhone] = React.useState('');
  const [fieldErrors, setFieldErrors] = React.useState<FieldErrors>({});
  const [confirming, setConfirming] = React.useState(false);
  const [removeText, setRemoveText] = React.useState(false);

  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  const [exportPersonalData, { isLoading: isExporting }] = useExportPersonalDataMutation();
  const [erasePersonalData, { isLoading: isErasing }] = useErasePersonalDataMutation();

  const contact: PersonalDataContact = {
    ...(email.trim() ? { email: email.trim() } : {}),
    ...(phone.trim() ? { phone: phone.trim() } : {}),
  };

  /** Checks the address and number before either action; shows why they cannot be used. */
  const validContact = () => {
    const errors: FieldErrors = {};
    if (!contact.email && !contact.phone) {
      errors.email = 'Enter an email address, a phone number, or both.';
    }
    if (contact.email && !looksLikeEmail(contact.email)) {
      errors.email = 'Enter the email address the comments or requests were sent with.';
    }
    if (contact.phone && !looksLikePhone(contact.phone)) {
      errors.phone = 'Enter a phone number: digits, spaces and + ( ) - . only.';
    }
    setFieldErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const onExport = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!validContact()) return;
    const result = await exportPersonalData(contact);
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    download(result.data);
    const found = result.data.comments.length + result.data.consultRequests.length;
    // A phone number alone finds no comment: the message leaves them out rather than count none.
    const what = [
      contact.email ? comments(result.data.comments.length) : null,
      requests(result.data.consultRequests.length),
    ].filter(Boolean);
    toggleNotification({
      type: found > 0 ? 'success' : 'info',
      message:
        found > 0
          ? `Exported ${what.join(' and ')} for ${whom(contact)}.`
          : `Nothing was sent with ${whom(contact)}; the downloaded file says so.`,
    });
  };

  const onErase = async () => {
    const result = await erasePersonalData({ ...contact, removeText });
    setConfirming(false);
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    const { erased, consultRequests } = result.data;
    toggleNotification({
      type: erased + consultRequests > 0 ? 'success' : 'info',
      message:
        erased + consultRequests > 0
          ? [
              contact.email ? `Erased the personal data of ${comments(erased)}${removeText && erased > 0 ? ', text included' : ''}.` : null,
              `Deleted ${requests(consultRequests)}.`,
            ]
              .filter(Boolean)
              .join(' ')
          : `Nothing was sent with ${whom(contact)}.`,
    });
    setEmail('');
    setPhone('');
    setRemoveText(false);
  };

  return (
    <Page.Main>
      <Page.Title>Comment moderation - Personal data</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={QUEUE_PATH} />}
        title="Personal data"
        subtitle="Export or erase every comment written with an email address and every consultation request sent with that address or a phone number, to answer a person's access or erasure request."
      />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
          <form onSubmit={onExport} noValidate aria-label="Find a person's data">
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Field.Root
                name="email"
                error={fieldErrors.email}
                hint="Comments and requests are matched on the whole address, ignoring upper and lower case."
              >
                <Field.Label>Email address</Field.Label>
                <Field.Input
                  type="email"
                  autoComplete="off"
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Field.Root
                name="phone"
                error={fieldErrors.phone}
                hint="Finds consultation requests only (comments have no phone number). Matched on the digits, however the number is written."
              >
                <Field.Label>Phone number</Field.Label>
                <Field.Input type="tel" autoComplete="off" value={phone} onChange={(event) => setPhone(event.target.value)} />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Flex gap={2} wrap="wrap">
                <Button type="submit" variant="secondary" startIcon={<Download />} loading={isExporting}>
                  Export
                </Button>
                <Button
                  type="button"
                  variant="danger-light"
                  startIcon={<Trash />}
                  onClick={() => validContact() && setConfirming(true)}
                >
                  Erase…
                </Button>
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                Erasing replaces the author&apos;s name with &quot;Anonymous&quot; and removes the email address,
                website, IP hash and browser of each comment. The comments stay, so replies keep their place.
                Consultation requests are deleted.
              </Typography>
            </Flex>
          </form>
        </Box>

        <Dialog.Root open={confirming} onOpenChange={setConfirming}>
          <Dialog.Content>
            <Dialog.Header>Erase personal data</Dialog.Header>
            <Dialog.Body icon={<WarningCircle fill="danger600" />}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography tag="p" textAlign="center">
                  {contact.email ? (
                    <>
                      Anonymise every comment written with <b>{contact.email}</b> and delete every consultation
                      request sent with <b>{whom(contact)}</b>?
                    </>
                  ) : (
                    <>
                      Delete every consultation request sent with <b>{contact.phone}</b>?
                    </>
                  )}{' '}
                  This cannot be undone.
                </Typography>
                {contact.email ? (
                  <Checkbox checked={removeText} onCheckedChange={(checked) => setRemoveText(checked === true)}>
                    Also remove the comment text
                  </Checkbox>
                ) : null}
              </Flex>
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.Cancel>
                <Button fullWidth variant="tertiary">
                  Cancel
                </Button>
              </Dialog.Cancel>
              <Button fullWidth variant="danger" loading={isErasing} onClick={onErase}>
                Erase
              </Button>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
