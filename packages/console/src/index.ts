export { CONSOLE_APP_DIRECTORY, loadConsoleAssets, type ConsoleAsset, type ConsoleAssets } from './console-assets';
export { consoleAt, DEFAULT_CONSOLE_PATH, relativeUrl, type ConsoleOptions } from './console-dialect';
export { CONSOLE_CONTENT_SECURITY_POLICY, CONSOLE_HEADERS } from './content-security-policy';
