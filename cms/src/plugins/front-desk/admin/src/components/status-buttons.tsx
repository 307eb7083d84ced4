import type { ReactNode } from 'react';
import { Button, Flex } from '@strapi/design-system';
import { ArrowClockwise, Check, CheckCircle } from '@strapi/icons';
import type { ConsultStatus } from '../api';

interface StatusAction {
  to: ConsultStatus;
  label: string;
  icon: ReactNode;
  variant: 'default' | 'secondary' | 'success-light' | 'tertiary';
}

const ACTIONS: StatusAction[] = [
  { to: 'contacted', label: 'Mark contacted', icon: <Check />, variant: 'default' },
  { to: 'closed', label: 'Mark closed', icon: <CheckCircle />, variant: 'success-light' },
  { to: 'new', label: 'Reopen', icon: <ArrowClockwise />, variant: 'tertiary' },
];

/** What the notification says once a request has moved to a status. */
export const DONE: Record<ConsultStatus, string> = {
  contacted: 'Marked contacted.',
  closed: 'Marked closed.',
  new: 'Reopened: the request is new again.',
};

export interface StatusButtonsProps {
  current: ConsultStatus;
  isSaving: boolean;
  onChange: (to: ConsultStatus) => void;
}

/** A button for each status the request is not in. */
export const StatusButtons = ({ current, isSaving, onChange }: StatusButtonsProps) => (
  <Flex gap={2} wrap="wrap" role="group" aria-label="Status">
    {ACTIONS.filter((action) => action.to !== current).map((action) => (
      <Button
        key={action.to}
        variant={action.variant}
        startIcon={action.icon}
        disabled={isSaving}
        onClick={() => onChange(action.to)}
      >
        {action.label}
      </Button>
    ))}
  </Flex>
);
