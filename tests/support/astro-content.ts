/**
 * A stand-in for the `astro:content` module, which exists only inside an Astro build. A test file
 * that imports site code reading the content collections declares
 *   vi.mock('astro:content', () => import('<path to>/tests/support/astro-content.ts'));
 * and fills the collections with `setCollections` in a beforeAll, before the site code runs.
 */
interface Entry {
  id?: string;
  data: Record<string, unknown>;
}

let store: Record<string, Entry[]> = {};

/** Replaces every collection's entries (in the order given: a loader may give them in any order). */
export function setCollections(collections: Record<string, Entry[]>): void {
  store = collections;
}

export async function getCollection(name: string, filter?: (e: Entry) => boolean): Promise<Entry[]> {
  return (store[name] ?? []).filter((e) => (filter ? filter(e) : true));
}

export async function getEntry(name: string, id: string): Promise<Entry | undefined> {
  return (store[name] ?? []).find((e) => e.id === id);
}
