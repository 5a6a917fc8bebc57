/** A route param as text: Next may hand it over still percent-encoded; a malformed escape is kept as is. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
