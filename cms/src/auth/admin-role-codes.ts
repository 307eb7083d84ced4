/**
 * The codes of the clinic's own admin roles, created by src/seed/admin-roles.ts and looked up
 * at run time (whom to email about a held comment or a new consultation request).
 */
export const MODERATOR_ROLE_CODE = 'clinic-moderator';
export const FRONT_DESK_ROLE_CODE = 'clinic-front-desk';
