import type { SVGProps } from 'react';
import { Discuss } from '@strapi/icons';
import { CountBadgeIcon, MENU_BADGE_POLL_MS } from '#admin/components/count-badge-icon';
import { useGetPendingCountQuery } from '../api';

/**
 * The menu link's icon, with the number of pending comments on it. The menu renders the link
 * (and so this query) only for users with the read action.
 */
export const PendingCountIcon = (props: SVGProps<SVGSVGElement>) => {
  const { data: pending = 0 } = useGetPendingCountQuery(undefined, { pollingInterval: MENU_BADGE_POLL_MS });
  return <CountBadgeIcon {...props} icon={Discuss} count={pending} />;
};
