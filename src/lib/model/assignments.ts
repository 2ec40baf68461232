import type { Assignment } from './schema.ts';

/**
 * True for a responsibility that covers part of a task only: an item or clause of it, or one
 * passage of it where the task prints several. Such a party is never shown as responsible for the
 * whole task.
 */
export const coversPartOfTask = (a: Pick<Assignment, 'task' | 'node' | 'scope'>): boolean =>
  a.task !== null && (a.node !== a.task || a.scope === 'passage');
