export type RosterEvent =
  | { readonly type: 'user.created' | 'user.updated' | 'user.deleted'; readonly tenantId: string; readonly userId: number }
  | { readonly type: 'auth.failed'; readonly tenantId: string | null; readonly reason: string };

/** Where Roster reports what happened (audit, webhooks); the default drops events. */
export interface EventSink {
  emit(event: RosterEvent): void;
}
