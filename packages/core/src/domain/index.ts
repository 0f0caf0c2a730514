export * from './permission';
export * from './role';
export * from './tenant';
export * from './user';
export * from './api-key';
export * from './actor';
export * from './profile-field';
export * from './deleted-user';
