import type { SVGProps } from 'react';
import { Phone } from '@strapi/icons';
import { CountBadgeIcon, MENU_BADGE_POLL_MS } from '#admin/components/count-badge-icon';
import { useGetNewConsultCountQuery } from '../api';

/**
 * The menu link's icon, with the number of new requests on it. The menu renders the link, and
 * so this query, only for users with the read action.
 */
export const NewCountIcon = (props: SVGProps<SVGSVGElement>) => {
  const { data: count = 0 } = useGetNewConsultCountQuery(undefined, { pollingInterval: MENU_BADGE_POLL_MS });
  return <CountBadgeIcon {...props} icon={Phone} count={count} />;
};
