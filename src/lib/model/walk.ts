import type { Block, Clause, Item, OutlineNode, Paragraph, Part, PlanModel, Section } from './schema.ts';

/** The children of a node, whatever its level. */
export function childrenOf(node: OutlineNode): OutlineNode[] {
  return node.kind === 'clause' ? [] : (node.children as OutlineNode[]);
}

/** Every outline node in document order (pre-order). */
export function* walkNodes(parts: Part[]): Generator<OutlineNode> {
  const visit = function* (n: OutlineNode): Generator<OutlineNode> {
    yield n;
    for (const c of childrenOf(n)) yield* visit(c);
  };
  for (const p of parts) yield* visit(p);
}

/** Every paragraph of the document in order: notice, preamble, then the body. */
export function* walkParagraphs(model: Pick<PlanModel, 'meta' | 'preamble' | 'parts'>): Generator<Paragraph> {
  yield* model.meta.noticeBody;
  yield* model.preamble;
  for (const n of walkNodes(model.parts)) {
    for (const b of n.blocks) {
      if (b.type === 'paragraph') yield b;
      if (b.type === 'box') for (const x of b.blocks) if (x.type === 'paragraph') yield x;
    }
  }
}

export function findNode(parts: Part[], id: string): OutlineNode | undefined {
  for (const n of walkNodes(parts)) if (n.id === id) return n;
  return undefined;
}

export function findSection(parts: Part[], id: string): Section {
  const n = findNode(parts, id);
  if (n?.kind !== 'section') throw new Error(`no section ${id}`);
  return n;
}

export function findItem(parts: Part[], id: string): Item {
  const n = findNode(parts, id);
  if (n?.kind !== 'item') throw new Error(`no item ${id}`);
  return n;
}

export function findBlock(parts: Part[], id: string): Block | undefined {
  for (const b of blocksIn(parts)) if (b.id === id) return b;
  return undefined;
}

/** Every block of the outline in document order, the blocks inside a 专栏 after the box itself. */
export function* blocksIn(parts: Part[]): Generator<Block> {
  for (const n of walkNodes(parts)) {
    for (const b of n.blocks) {
      yield b;
      if (b.type === 'box') yield* b.blocks;
    }
  }
}

export type { Clause };
