/**
 * Word's automatic list numbering (numbering.xml): the numbers Word prints before a paragraph
 * but keeps outside its text. A paragraph names a list instance (w:numId) and a level (w:ilvl);
 * the instance points to an abstract definition whose level gives the format (chineseCounting,
 * decimal …), the level text ("%1、", "（%2）"), the start value and when the level restarts.
 *
 * Counters belong to the abstract definition, as in Word: two instances of one definition
 * continue one sequence, and an instance with a w:startOverride restarts it where that instance
 * is first used. A level restarts whenever a higher level advances (or per w:lvlRestart).
 */
import type { Document, Element } from '@xmldom/xmldom';
import { formatNumber, symbolChar } from './docx-numbers.ts';
import { styleChain, type Styles } from './docx-styles.ts';
import { wAttr, wChild, wChildren, wFlag, wInt, wVal } from './docx-xml.ts';

interface Level {
  start: number;
  format: string;
  /** w:lvlText; null when the level has none (it prints nothing). */
  text: string | null;
  /** False when w:suff is "nothing": no tab or space follows the number. */
  spaced: boolean;
  /** w:lvlRestart: restart after a use of a level above this 1-based level; 0 never; null after any higher level. */
  restart: number | null;
  legal: boolean;
  /** The font of the level's own run properties (a bullet drawn in Symbol or Wingdings). */
  font: string | null;
}

interface Instance {
  abstractId: string;
  /** By level index; a level index Word would not write (past 8) is simply never asked for. */
  levels: Level[];
  startOverrides: Map<number, number>;
}

export interface Numbering {
  instances: Map<string, Instance>;
}

function parseLevel(lvl: Element): Level {
  return {
    start: wInt(lvl, 'start') ?? 1,
    format: wVal(lvl, 'numFmt') ?? 'decimal',
    text: wVal(lvl, 'lvlText'),
    spaced: wVal(lvl, 'suff') !== 'nothing',
    restart: wInt(lvl, 'lvlRestart'),
    legal: wFlag(lvl, 'isLgl'),
    font: wAttr(wChild(wChild(lvl, 'rPr'), 'rFonts'), 'ascii'),
  };
}

const levelIndex = (el: Element): number => Number(wAttr(el, 'ilvl') ?? 0);

export function parseNumbering(doc: Document | null, styles: Styles): Numbering {
  const instances = new Map<string, Instance>();
  const root = doc?.documentElement ?? null;
  if (root === null) return { instances };
  const abstracts = new Map<string, Element>();
  for (const a of wChildren(root, 'abstractNum')) abstracts.set(wAttr(a, 'abstractNumId') ?? '', a);
  const nums = new Map<string, Element>();
  for (const n of wChildren(root, 'num')) nums.set(wAttr(n, 'numId') ?? '', n);

  // A list style's abstract definition only links (w:numStyleLink) to a numbering style, whose
  // numPr names the instance that holds the levels. A chain of links is followed four deep at most.
  const resolveAbstract = (abstractId: string, depth: number): { id: string; el: Element } | null => {
    const el = abstracts.get(abstractId);
    if (el === undefined) return null;
    const link = wVal(el, 'numStyleLink');
    const numId = link === null ? null : (styleChain(styles, link).find((s) => s.numId !== null)?.numId ?? null);
    const target = numId === null ? null : wVal(nums.get(numId) ?? null, 'abstractNumId');
    if (target === null || depth >= 4) return { id: abstractId, el };
    return resolveAbstract(target, depth + 1) ?? { id: abstractId, el };
  };

  for (const [numId, num] of nums) {
    const abstract = resolveAbstract(wVal(num, 'abstractNumId') ?? '', 0);
    if (abstract === null) continue;
    const levels: Level[] = [];
    for (const lvl of wChildren(abstract.el, 'lvl')) levels[levelIndex(lvl)] = parseLevel(lvl);
    const startOverrides = new Map<number, number>();
    for (const override of wChildren(num, 'lvlOverride')) {
      const i = levelIndex(override);
      const lvl = wChild(override, 'lvl');
      if (lvl !== null) {
        levels[i] = parseLevel(lvl);
        startOverrides.set(i, levels[i].start);
      }
      // w:startOverride wins over the start of a level given in full.
      const start = wInt(override, 'startOverride');
      if (start !== null) startOverrides.set(i, start);
    }
    instances.set(numId, { abstractId: abstract.id, levels, startOverrides });
  }
  return { instances };
}

/**
 * The running counters of one document's lists. `next` advances a list for one numbered
 * paragraph and returns the number as printed ("一、", "（二）", "1.", "•"), or null when the
 * level prints nothing.
 *
 * Word puts a tab (w:suff, by default) or a space between number and text. The number is given
 * without it: Chinese numbers end in their own punctuation (一、 （一） 1.) and the text follows
 * them directly, as the converter reads "一、总体要求". Only a number ending in a letter or
 * digit (a level text "%1" or "Article %1") keeps one space, so that it cannot run into a text
 * that starts with a digit ("1" + "2020年" is not "12020年").
 */
export class ListCounters {
  private readonly values = new Map<string, (number | undefined)[]>();
  private readonly seen = new Set<string>();
  private readonly numbering: Numbering;

  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }

  next(numId: string, ilvl: number): string | null {
    const instance = this.numbering.instances.get(numId);
    const level = instance?.levels[ilvl];
    if (instance === undefined || level === undefined) return null;
    const values = this.values.get(instance.abstractId) ?? [];
    this.values.set(instance.abstractId, values);
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [i, start] of instance.startOverrides) {
        values[i] = start - 1;
        values.fill(undefined, i + 1);
      }
    }
    const current = values[ilvl];
    values[ilvl] = current === undefined ? level.start : current + 1;
    // A lower level restarts after this one unless its w:lvlRestart names a level above this one (0: never).
    for (let d = ilvl + 1; d < values.length; d++) {
      if (ilvl < (instance.levels[d]?.restart ?? d)) values[d] = undefined;
    }
    if (level.text === null) return null;
    const printed =
      level.format === 'bullet'
        ? Array.from(level.text, (c) => symbolChar(c, level.font)).join('')
        : level.text.replace(/%([1-9])/g, (_m, k: string) => {
            const ref = instance.levels[Number(k) - 1];
            const value = values[Number(k) - 1] ?? ref?.start ?? 1;
            // Stryker disable next-line StringLiteral: formatNumber prints any format it does not know as decimal
            return formatNumber(value, level.legal ? 'decimal' : (ref?.format ?? 'decimal'));
          });
    if (printed === '') return null;
    return /[A-Za-z0-9]$/.test(printed) && level.spaced ? `${printed} ` : printed;
  }
}
