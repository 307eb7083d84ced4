import { Button, Flex, Typography } from '@strapi/design-system';
import type { ModerationStatus, QueueFilter } from '../api';
import { actionsFor } from './status-actions';

export interface BulkActionsProps {
  filter: QueueFilter;
  /** How many comments are ticked. */
  count: number;
  isSaving: boolean;
  onApply: (to: ModerationStatus) => void;
}

/** The buttons that act on every ticked comment at once, above the table. */
export const BulkActions = ({ filter, count, isSaving, onApply }: BulkActionsProps) => (
  <Flex gap={2} paddingBottom={4} wrap="wrap" role="group" aria-label="Bulk actions">
    <Typography variant="omega" textColor="neutral600">
      {count === 1 ? 'One comment selected' : `${count} comments selected`}
    </Typography>
    {actionsFor(filter).map((action) => (
      <Button
        key={action.label}
        variant={action.variant}
        size="S"
        startIcon={action.icon}
        disabled={isSaving}
        onClick={() => onApply(action.to)}
      >
        {action.label}
      </Button>
    ))}
  </Flex>
);
