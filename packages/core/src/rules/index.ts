export * from './role.rules';
export * from './permission.rules';
export * from './scope.rules';
export * from './hierarchy.rules';
export * from './reach.rules';
export * from './assign.rules';
export * from './seat.rules';
export * from './account-url.rules';
export * from './email.rules';
export * from './host-name.rules';
export * from './profile-value.rules';
export * from './webhook-url.rules';
export * from './retention.rules';
export {
  GROUP_EXTERNAL_ID_MAX_LENGTH,
  GROUP_NAME_MAX_LENGTH,
  groupNameKey,
  groupNamedLike,
  nextGroupId,
  normalizeGroupExternalId,
  normalizeGroupName,
  requireGroupWriter,
} from './group.rules';
export { requireVersion } from './version.rules';
export {
  childCount,
  organizationDeleteBlockers,
  organizationMoveRefusal,
  type OrganizationContents,
  type OrganizationMoveRefusal,
} from './organization.rules';
export { membershipChanges } from './membership.rules';
