import type { ImportJob, Roster, WebhookDeliveryHandle, WebhookDeliveryOptions } from '@roster/core';

/** What an example host runs beside its requests once it listens. */
export interface BackgroundWork {
  /** The webhook delivery worker (stopped, deliveries in flight finished, by the host's close). */
  readonly webhookDelivery: WebhookDeliveryHandle;
  /** The import jobs a stopped process left unfinished, resumed in the background from their marks. */
  readonly resumedImports: readonly ImportJob[];
}

/**
 * Starts the webhook delivery worker and resumes the unfinished import jobs (`roster.resumeImports()`),
 * so that an import cut by a restart finishes. Both hosts call it after listening.
 */
export async function startBackgroundWork(roster: Roster, webhookOptions?: WebhookDeliveryOptions): Promise<BackgroundWork> {
  const webhookDelivery = roster.startWebhookDelivery(webhookOptions);
  try {
    return { webhookDelivery, resumedImports: await roster.resumeImports() };
  } catch (error) {
    await webhookDelivery.stop();
    throw error;
  }
}

/** The start banner's line about resumed imports, or none. */
export function resumedImportsLine(resumed: readonly ImportJob[]): readonly string[] {
  return resumed.length === 0 ? [] : [`imports resumed after a restart: ${resumed.map((job) => job.id).join(', ')}`];
}
