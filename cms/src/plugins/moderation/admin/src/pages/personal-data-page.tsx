import * as React from 'react';
import { Box, Button, Checkbox, Dialog, Field, Flex, Typography } from '@strapi/design-system';
import { Download, Trash, WarningCircle } from '@strapi/icons';
import { BackButton, Layouts, Page, useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';
import { useErasePersonalDataMutation, useExportPersonalDataMutation, type PersonalDataExport } from '../api';
import { QUEUE_PATH } from '../constants';

// The same rule the server applies (yup's email check is stricter; it answers 400 with the reason).
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

const plural = (count: number) => (count === 1 ? 'one comment' : `${count} comments`);

/** Saves the export as a JSON file, named after the address and the day. */
function download(exported: PersonalDataExport['data']) {
  const blob = new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `comments-${exported.email.replace(/[^a-z0-9@._-]+/gi, '_')}-${exported.exportedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * Answers a commenter's data request, as WordPress's privacy tools do: export
 * every comment written with an email address, or erase the personal data in
 * them (name, email, website, IP hash, user agent, and the text if asked).
 */
export const PersonalDataPage = () => {
  const [email, setEmail] = React.useState('');
  const [fieldError, setFieldError] = React.useState<string>();
  const [confirming, setConfirming] = React.useState(false);
  const [removeText, setRemoveText] = React.useState(false);

  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  const [exportPersonalData, { isLoading: isExporting }] = useExportPersonalDataMutation();
  const [erasePersonalData, { isLoading: isErasing }] = useErasePersonalDataMutation();

  const address = email.trim();

  /** Checks the address before either action; shows why it cannot be used. */
  const validAddress = () => {
    if (!looksLikeEmail(address)) {
      setFieldError('Enter the email address the comments were written with.');
      return false;
    }
    setFieldError(undefined);
    return true;
  };

  const onExport = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!validAddress()) return;
    const result = await exportPersonalData({ email: address });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    download(result.data);
    toggleNotification({
      type: result.data.comments.length > 0 ? 'success' : 'info',
      message:
        result.data.comments.length > 0
          ? `Exported ${plural(result.data.comments.length)} by ${address}.`
          : `No comment was written with ${address}; the downloaded file says so.`,
    });
  };

  const onErase = async () => {
    const result = await erasePersonalData({ email: address, removeText });
    setConfirming(false);
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return;
    }
    toggleNotification({
      type: result.data > 0 ? 'success' : 'info',
      message:
        result.data > 0
          ? `Erased the personal data of ${plural(result.data)}${removeText ? ', text included' : ''}.`
          : `No comment was written with ${address}.`,
    });
    setEmail('');
    setRemoveText(false);
  };

  return (
    <Page.Main>
      <Page.Title>Comment moderation - Personal data</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={QUEUE_PATH} />}
        title="Personal data"
        subtitle="Export or erase every comment written with an email address, to answer a commenter's access or erasure request."
      />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
          <form onSubmit={onExport} noValidate>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Field.Root
                name="email"
                required
                error={fieldError}
                hint="Comments are matched on the whole address, ignoring upper and lower case."
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
              <Flex gap={2} wrap="wrap">
                <Button type="submit" variant="secondary" startIcon={<Download />} loading={isExporting}>
                  Export
                </Button>
                <Button
                  type="button"
                  variant="danger-light"
                  startIcon={<Trash />}
                  onClick={() => validAddress() && setConfirming(true)}
                >
                  Erase…
                </Button>
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                Erasing replaces the author&apos;s name with &quot;Anonymous&quot; and removes the email address,
                website, IP hash and browser of each comment. The comments stay, so replies keep their place.
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
                  Anonymise every comment written with <b>{address}</b>? This cannot be undone.
                </Typography>
                <Checkbox checked={removeText} onCheckedChange={(checked) => setRemoveText(checked === true)}>
                  Also remove the comment text
                </Checkbox>
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
