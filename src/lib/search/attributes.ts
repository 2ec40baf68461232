/**
 * Values of Pagefind's data-pagefind-filter / data-pagefind-meta attributes ("key:value").
 * Pagefind splits an attribute's value on commas into several meta or filters, so a value must not
 * carry a comma; the ASCII comma is replaced with the full-width one the Chinese text uses anyway.
 */
const clean = (s: string) => s.replace(/,/g, '，').replace(/\s+/g, ' ').trim();

export function filterAttr(key: string, value: string): string {
  if (!value.trim()) throw new Error(`empty value for filter ${key}`);
  return `${key}:${clean(value)}`;
}

export function metaAttr(key: string, value: string): string {
  if (!/^[a-z][a-z0-9_-]*$/.test(key)) throw new Error(`meta key ${key} must be plain ASCII`);
  return `${key}:${clean(value)}`;
}
