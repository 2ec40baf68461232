import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

/**
 * Retrying assertions on what a reader sees (Playwright's own `expect` belongs to its test runner,
 * which is not used here). Each polls until it holds or the timeout passes.
 */
const text = async (l: Locator) => ((await l.count()) > 0 ? ((await l.first().innerText()) ?? '').trim() : '');
const opts = { timeout: 10_000 };

export const seeText = (l: Locator, s: string) => expect.poll(() => text(l), opts).toBe(s);
export const seeContains = (l: Locator, s: string) => expect.poll(() => text(l), opts).toContain(s);
export const seeTexts = (l: Locator, s: string[]) => expect.poll(async () => (await l.allInnerTexts()).map((t) => t.trim()), opts).toEqual(s);
export const seeVisible = (l: Locator) => expect.poll(() => l.first().isVisible(), opts).toBe(true);
export const seeHidden = (l: Locator) => expect.poll(() => l.first().isVisible(), opts).toBe(false);
export const seeCount = (l: Locator, n: number) => expect.poll(() => l.count(), opts).toBe(n);
export const seeAttribute = (l: Locator, name: string, value: string) => expect.poll(() => l.first().getAttribute(name), opts).toBe(value);
