/**
 * A menu link's icon with a live count on it (pending comments, new consultation requests).
 * Strapi's menu takes a fixed `notificationsCount` when the link is registered, before anyone
 * has logged in, so the count is drawn by the icon itself. Kept in the admin app's own folder
 * (src/admin) because both local plugins use it and neither may import the other's files.
 */
import type { ComponentType, SVGProps } from 'react';
import { Badge, Box } from '@strapi/design-system';

/** The badge is a hint (the list's tab says the same in words): once a minute is enough. */
export const MENU_BADGE_POLL_MS = 60_000;

export interface CountBadgeIconProps extends SVGProps<SVGSVGElement> {
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  count: number;
}

export const CountBadgeIcon = ({ icon: Icon, count, ...props }: CountBadgeIconProps) => (
  <Box position="relative" tag="span" display="inline-flex">
    <Icon {...props} />
    {count > 0 ? (
      <Badge position="absolute" top="-1.1rem" left="1.1rem" size="S" backgroundColor="primary600" textColor="neutral0">
        {count > 99 ? '99+' : String(count)}
      </Badge>
    ) : null}
  </Box>
);
