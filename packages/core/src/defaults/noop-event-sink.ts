import type { EventSink, RosterEvent } from '../ports';

/** Drops every event: the default when the host wants no audit trail or webhooks. */
export class NoopEventSink implements EventSink {
  emit(_event: RosterEvent): void {
    // intentionally empty
  }
}
