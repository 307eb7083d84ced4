import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { useNotifyError } from '#admin/hooks/use-notify';
import { useErasePersonalDataMutation, useExportPersonalDataMutation } from '../api';
import { contactErrors, contactOf, download, eraseNotice, exportNotice, type FieldErrors } from '../utils/personal-data';

/**
 * The personal-data page's state and its two actions: the address and number typed, why they
 * cannot be used, the erasure's confirmation, and the export and erasure themselves.
 */
export function usePersonalData() {
  const [email, setEmail] = React.useState('');
  const [phone, setPhone] = React.useState('');
  const [fieldErrors, setFieldErrors] = React.useState<FieldErrors>({});
  const [confirming, setConfirming] = React.useState(false);
  const [removeText, setRemoveText] = React.useState(false);

  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  const [exportPersonalData, { isLoading: isExporting }] = useExportPersonalDataMutation();
  const [erasePersonalData, { isLoading: isErasing }] = useErasePersonalDataMutation();

  const contact = contactOf(email, phone);

  /** Checks the address and number before either action; shows why they cannot be used. */
  const validContact = () => {
    const errors = contactErrors(contact);
    setFieldErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const onExport = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!validContact()) return;
    const result = await exportPersonalData(contact);
    if ('error' in result) {
      notifyError(result.error);
      return;
    }
    download(result.data);
    toggleNotification(exportNotice(contact, result.data));
  };

  const onErase = async () => {
    const result = await erasePersonalData({ ...contact, removeText });
    setConfirming(false);
    if ('error' in result) {
      notifyError(result.error);
      return;
    }
    toggleNotification(eraseNotice(contact, result.data, removeText));
    setEmail('');
    setPhone('');
    setRemoveText(false);
  };

  const askToErase = () => validContact() && setConfirming(true);

  return {
    form: { email, setEmail, phone, setPhone, fieldErrors, isExporting, onExport, askToErase },
    erase: { contact, confirming, setConfirming, removeText, setRemoveText, isErasing, onErase },
  };
}
