export * from './role.rules';
export * from './permission.rules';
export * from './scope.rules';
export * from './hierarchy.rules';
export * from './reach.rules';
export * from './seat.rules';
export * from './account-url.rules';
export * from './email.rules';
