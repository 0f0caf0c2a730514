/** The Roster instance (`InjectRoster()`). */
export const ROSTER = Symbol('ROSTER');
/** What the generated controllers need at request time (RosterHttp). */
export const ROSTER_HTTP = Symbol('ROSTER_HTTP');
/** The static extras given to forRoot / forRootAsync, normalised (RosterStaticConfig). */
export const ROSTER_STATIC = Symbol('ROSTER_STATIC');
