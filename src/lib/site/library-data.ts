/** The library view of the built site, computed once per build from the plan collection. */
import { plans } from './data.ts';
import { registry } from './registry.ts';
import { facets, libraryDepartments, planCard, sortCards, summary, type FacetKey, type FacetValue, type LibraryDepartment, type LibrarySummary, type PlanCard } from './library.ts';

export interface LibraryView {
  cards: PlanCard[];
  facets: Record<FacetKey, FacetValue[]>;
  summary: LibrarySummary;
  departments: LibraryDepartment[];
}

let view: Promise<LibraryView> | null = null;
export function libraryView(): Promise<LibraryView> {
  view ??= plans().then((models) => {
    const cards = sortCards(models.map(planCard));
    const { departments, unknown } = libraryDepartments(models, registry);
    // The build lists the printed names the registry lacks: each still gets its page.
    if (models.length > 1 && unknown.length > 0) {
      console.warn(`library: ${unknown.length} department name(s) not in content/departments.json (pages show the printed name only): ${unknown.join('、')}`);
    }
    return { cards, facets: facets(cards), summary: summary(models, departments.length), departments };
  });
  return view;
}
