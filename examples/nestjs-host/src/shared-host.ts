/** What the NestJS host takes from `@roster/example-host-common`, shared with the Express host. */
export { readHostConfig, DEMO_BOOTSTRAP_PATH, type HostConfig } from '@roster/example-host-common';
export { readBootstrapFile } from '@roster/example-host-common';
export { createStores } from '@roster/example-host-common';
export { startBanner } from '@roster/example-host-common';
export { explainStartError } from '@roster/example-host-common';
export { closingOnSignals } from '@roster/example-host-common';
export { openSharedLimits } from '@roster/example-host-common';
export { resumedImportsLine } from '@roster/example-host-common';
