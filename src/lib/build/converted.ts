/**
 * The conversion that `astro build` runs beside Astro's start (src/integrations/build-stages.ts),
 * and that the content collections wait for before they read the generated directory
 * (src/content.config.ts). The integration and the content config are loaded as separate module
 * graphs of one process, so the promise is kept on the global object under a registered symbol.
 * Anything but a build (astro dev, check, sync) never sets it: the wait is then no wait.
 */
const KEY = Symbol.for('policy-explorer:converted');

type Holder = { [KEY]?: Promise<void> };

export function setConversion(p: Promise<void>): void {
  (globalThis as Holder)[KEY] = p;
}

/** Resolves once the plans are converted (rejects when the conversion failed). */
export function conversion(): Promise<void> {
  return (globalThis as Holder)[KEY] ?? Promise.resolve();
}
