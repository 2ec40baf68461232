/**
 * Heading numbers in navigation, titles and breadcrumbs in one style. PDF extraction leaves some
 * markers half-width ("(四)") beside full-width ones ("（三）"); navigation shows them all in the
 * plan's dominant style, while 原文 keeps every character as printed.
 */
import type { PlanModel } from '../../model/schema.ts';
import { walkNodes } from '../../model/walk.ts';

export type MarkerStyle = 'full' | 'half';

const HALF = /^\s*\(([^()（）]+)\)\s*$/;
const FULL = /^\s*（([^()（）]+)）\s*$/;

/** The style most parenthesised markers of a plan are printed in; full-width on a tie or none. */
export function markerStyle(markers: Iterable<string>): MarkerStyle {
  let half = 0;
  let full = 0;
  for (const m of markers) {
    if (HALF.test(m)) half++;
    else if (FULL.test(m)) full++;
  }
  return half > full ? 'half' : 'full';
}

/** A marker as navigation shows it: parentheses in the given style, surrounding spaces trimmed. */
export function displayMarker(marker: string, style: MarkerStyle): string {
  const inner = HALF.exec(marker)?.[1] ?? FULL.exec(marker)?.[1];
  if (inner === undefined) return marker.trim();
  return style === 'full' ? `（${inner}）` : `(${inner})`;
}

/**
 * A heading's marker and title as one line of navigation. A marker that ends in a word or number
 * (第一章, 第二节, 专栏1) is printed with a space before its title, which run-together text would
 * lose ("第一章发展基础"); one that ends in punctuation (一、, （三）, 1.) needs none.
 */
export function headingLabel(marker: string, title: string, style: MarkerStyle): string {
  const shown = displayMarker(marker, style);
  return /[\p{L}\p{N}]$/u.test(shown) ? `${shown} ${title}` : `${shown}${title}`;
}

/** The dominant style of a plan's outline headings. */
export function planMarkerStyle(model: PlanModel): MarkerStyle {
  return markerStyle([...walkNodes(model.parts)].map((n) => n.heading.marker));
}
