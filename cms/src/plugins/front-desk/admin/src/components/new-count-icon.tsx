import type { SVGProps } from 'react';
import { Badge, Box } from '@strapi/design-system';
import { Phone } from '@strapi/icons';
import { useGetNewConsultCountQuery } from '../api';

/** The badge is a hint; the list's New tab says the same in words. */
const POLL_MS = 60_000;

/**
 * The menu link's icon, with the number of new requests on it, drawn by the icon itself as the
 * moderation plugin's pending count is (Strapi's menu takes a fixed count when the link is
 * registered, before anyone has logged in). The menu renders the link, and so this query, only
 * for users with the read action.
 */
export const NewCountIcon = (props: SVGProps<SVGSVGElement>) => {
  const { data: count = 0 } = useGetNewConsultCountQuery(undefined, { pollingInterval: POLL_MS });

  return (
    <Box position="relative" tag="span" display="inline-flex">
      <Phone {...props} />
      {count > 0 ? (
        <Badge position="absolute" top="-1.1rem" left="1.1rem" size="S" backgroundColor="primary600" textColor="neutral0">
          {count > 99 ? '99+' : String(count)}
        </Badge>
      ) : null}
    </Box>
  );
};
