import { useNotifySaved } from '#admin/hooks/use-notify';
import { useSetStatusMutation, type ModerationStatus } from '../api';
import { doneMessage } from '../components/status-actions';

/** Moves comments to a status and says how it went; resolves true when it was saved. */
export function useSetStatus() {
  const [setStatus, { isLoading: isSaving }] = useSetStatusMutation();
  const notifySaved = useNotifySaved();

  const onSetStatus = async (documentIds: string[], to: ModerationStatus) =>
    notifySaved(await setStatus({ documentIds, status: to }), (data) => doneMessage(data.updated, to));

  return { onSetStatus, isSaving };
}
