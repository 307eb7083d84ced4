import type * as React from 'react';
import { Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { Download, Trash } from '@strapi/icons';
import type { FieldErrors } from '../utils/personal-data';

export interface PersonalDataFormProps {
  email: string;
  setEmail: (email: string) => void;
  phone: string;
  setPhone: (phone: string) => void;
  fieldErrors: FieldErrors;
  isExporting: boolean;
  onExport: (event: React.FormEvent) => void;
  /** Opens the erasure's confirmation once the address and number can be used. */
  askToErase: () => void;
}

const FIELDS = {
  email: {
    label: 'Email address',
    type: 'email',
    hint: 'Comments and requests are matched on the whole address, ignoring upper and lower case.',
  },
  phone: {
    label: 'Phone number',
    type: 'tel',
    hint: 'Finds consultation requests only (comments have no phone number). Matched on the digits, however the number is written.',
  },
} as const;

interface ContactFieldProps {
  name: keyof typeof FIELDS;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** The email address or the phone number, with what it finds and why it cannot be used. */
const ContactField = ({ name, error, value, onChange }: ContactFieldProps) => (
  <Field.Root name={name} error={error} hint={FIELDS[name].hint}>
    <Field.Label>{FIELDS[name].label}</Field.Label>
    <Field.Input type={FIELDS[name].type} autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

/** The address and number to look up, the export and erase buttons, and what erasing does. */
export const PersonalDataForm = (props: PersonalDataFormProps) => {
  const { email, setEmail, phone, setPhone, fieldErrors, isExporting, onExport, askToErase } = props;
  return (
    <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
      <form onSubmit={onExport} noValidate aria-label="Find a person's data">
        <Flex direction="column" alignItems="stretch" gap={6}>
          <ContactField name="email" error={fieldErrors.email} value={email} onChange={setEmail} />
          <ContactField name="phone" error={fieldErrors.phone} value={phone} onChange={setPhone} />
          <Flex gap={2} wrap="wrap">
            <Button type="submit" variant="secondary" startIcon={<Download />} loading={isExporting}>
              Export
            </Button>
            <Button type="button" variant="danger-light" startIcon={<Trash />} onClick={askToErase}>
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
  );
};
