/** The library view of the built site, computed once per build from the plan collection. */
import type { PlanModel, Registry } from '../../model/schema.ts';
import { plans } from '../collections.ts';
import { registry } from '../views/registry.ts';
import { facets, libraryDepartments, planCard, sortCards, summary, type FacetKey, type FacetValue, type LibraryDepartment, type LibrarySummary, type PlanCard } from './library.ts';

export interface LibraryView {
  cards: PlanCard[];
  facets: Record<FacetKey, FacetValue[]>;
  summary: LibrarySummary;
  departments: LibraryDepartment[];
}

/** The library view of some plans; `warn` hears of printed department names the registry lacks. */
export function buildLibraryView(models: PlanModel[], known: Registry, warn: (message: string) => void = console.warn): LibraryView {
  const cards = sortCards(models.map(planCard));
  const { departments, unknown } = libraryDepartments(models, known);
  // The build lists the printed names the registry lacks: each still gets its page.
  if (models.length > 1 && unknown.length > 0) {
    warn(`library: ${unknown.length} department name(s) not in content/departments.json (pages show the printed name only): ${unknown.join('、')}`);
  }
  return { cards, facets: facets(cards), summary: summary(models, departments.length), departments };
}

let view: Promise<LibraryView> | null = null;
export function libraryView(): Promise<LibraryView> {
  view ??= plans().then((models) => buildLibraryView(models, registry));
  return view;
}
