/**
 * What both example hosts share, so that they read the same environment (PORT, ROSTER_BOOTSTRAP,
 * DATABASE_URL, ROSTER_REST_RATE_LIMIT), the same demo file and the same stores. It lives in the
 * Express example for now; this file is the one seam to change when it moves to a shared
 * workspace package (a relative import outside src/ keeps `tsc -p tsconfig.build.json` from
 * building this example until then: tests and the root type-check are unaffected).
 */
export { readHostConfig, DEMO_BOOTSTRAP_PATH, type HostConfig } from '../../express-host/src/host-config';
export { readBootstrapFile } from '../../express-host/src/read-bootstrap-file';
export { createStores } from '../../express-host/src/create-stores';
export { startBanner } from '../../express-host/src/start-banner';
export { explainStartError } from '../../express-host/src/start-error';
