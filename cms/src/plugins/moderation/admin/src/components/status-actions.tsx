import type { ReactNode } from 'react';
import type { ButtonProps } from '@strapi/design-system';
import { ArrowClockwise, Check, Trash, WarningCircle } from '@strapi/icons';
import type { ModerationStatus, QueueFilter } from '../api';

export const STATUS_LABELS: Record<ModerationStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
};

export const STATUS_VARIANTS = {
  pending: 'warning',
  approved: 'success',
  spam: 'danger',
  trash: 'neutral',
} as const satisfies Record<ModerationStatus, string>;

export interface StatusAction {
  to: ModerationStatus;
  /** The bulk button's text. */
  label: string;
  /** The row button's accessible name (and tooltip), naming the comment's author. */
  describe: (author: string) => string;
  icon: ReactNode;
  variant: ButtonProps['variant'];
}

const APPROVE: StatusAction = {
  to: 'approved',
  label: 'Approve',
  describe: (author) => `Approve the comment by ${author}`,
  icon: <Check />,
  variant: 'success-light',
};
const SPAM: StatusAction = {
  to: 'spam',
  label: 'Spam',
  describe: (author) => `Mark the comment by ${author} as spam`,
  icon: <WarningCircle />,
  variant: 'danger-light',
};
const TRASH: StatusAction = {
  to: 'trash',
  label: 'Trash',
  describe: (author) => `Move the comment by ${author} to the trash`,
  icon: <Trash />,
  variant: 'danger-light',
};
/** Back to the queue: "restore" out of spam or trash (as WordPress does), "unapprove" out of approved. */
const RESTORE: StatusAction = {
  to: 'pending',
  label: 'Restore',
  describe: (author) => `Restore the comment by ${author} to pending`,
  icon: <ArrowClockwise />,
  variant: 'secondary',
};
const UNAPPROVE: StatusAction = {
  ...RESTORE,
  label: 'Unapprove',
  describe: (author) => `Unapprove the comment by ${author}`,
};

/** What can be done to comments in a given state (or to a mixed selection, on the All tab). */
export function actionsFor(current: QueueFilter): StatusAction[] {
  switch (current) {
    case 'pending':
      return [APPROVE, SPAM, TRASH];
    case 'approved':
      return [UNAPPROVE, SPAM, TRASH];
    case 'spam':
      return [RESTORE, APPROVE, TRASH];
    case 'trash':
      return [RESTORE, APPROVE, SPAM];
    case 'all':
      return [APPROVE, SPAM, TRASH, RESTORE];
  }
}

const DONE: Record<ModerationStatus, string> = {
  approved: 'approved',
  spam: 'marked as spam',
  trash: 'moved to the trash',
  pending: 'moved back to pending',
};

export const doneMessage = (count: number, to: ModerationStatus) =>
  `${count === 1 ? 'One comment' : `${count} comments`} ${DONE[to]}.`;
