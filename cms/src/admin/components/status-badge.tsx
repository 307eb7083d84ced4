/**
 * A record's status as the plugins' lists and detail views show it: a small coloured label.
 * Kept in the admin app's own folder (src/admin) because both local plugins use it and
 * neither may import the other's files.
 */
import { Status, Typography, type StatusProps } from '@strapi/design-system';

export const StatusBadge = ({ variant, label }: { variant: StatusProps['variant']; label: string }) => (
  <Status variant={variant} size="S">
    <Typography tag="span" variant="omega" fontWeight="bold">
      {label}
    </Typography>
  </Status>
);
