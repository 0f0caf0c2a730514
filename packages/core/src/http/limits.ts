/** Request bodies over this many bytes get the dialect's 413 (docs/dialects/common.md). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** JSON nested deeper than this is an invalid body (docs/dialects/common.md). */
export const MAX_JSON_DEPTH = 64;
