import type { SVGProps } from 'react';
import { Badge, Box } from '@strapi/design-system';
import { Discuss } from '@strapi/icons';
import { useGetPendingCountQuery } from '../api';

/** The badge is a hint; the queue's Pending tab says the same in words. */
const POLL_MS = 60_000;

/**
 * The menu link's icon, with the number of pending comments on it. Strapi's
 * menu takes a fixed `notificationsCount` when the link is registered, before
 * anyone has logged in, so the live count is drawn by the icon itself. The menu
 * renders the link (and so this query) only for users with the read action.
 */
export const PendingCountIcon = (props: SVGProps<SVGSVGElement>) => {
  const { data: pending = 0 } = useGetPendingCountQuery(undefined, { pollingInterval: POLL_MS });

  return (
    <Box position="relative" tag="span" display="inline-flex">
      <Discuss {...props} />
      {pending > 0 ? (
        <Badge
          position="absolute"
          top="-1.1rem"
          left="1.1rem"
          size="S"
          backgroundColor="primary600"
          textColor="neutral0"
        >
          {pending > 99 ? '99+' : String(pending)}
        </Badge>
      ) : null}
    </Box>
  );
};
