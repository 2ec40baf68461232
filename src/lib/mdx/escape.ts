/**
 * Characters that MDX or Markdown could read as syntax: JSX and expressions (< > { }), emphasis,
 * links, code, escapes, entities, GFM tables, strikethrough and autolinks. Policy text passes
 * through as character references, so it always renders as the literal text it is.
 */
const SYNTAX = /[\\`*_{}[\]()<>#+\-.!|~&:/"'=$^@%;]/g;

export function escapeMdxText(text: string): string {
  return text.replace(SYNTAX, (ch) => `&#${ch.codePointAt(0)};`);
}

/** A YAML scalar for frontmatter: JSON is valid YAML and escapes everything that needs it. */
export function yamlValue(v: unknown): string {
  return JSON.stringify(v);
}
