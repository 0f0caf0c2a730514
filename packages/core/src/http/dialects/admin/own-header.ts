/** A request header by lower-case name, or undefined when it was not sent (never an inherited property). */
export function own(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(headers, name) ? headers[name] : undefined;
}
