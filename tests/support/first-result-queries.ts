/**
 * Sector, place and enterprise names a reader types, each with the page that should come first,
 * read off the source text (content/sources/liaoning-2015-24.txt): a sector word lands on its sector
 * (钢铁 → 冶金工业, whose text says 钢铁); an enterprise on the sector whose paragraph names it; a
 * city, which many sectors name, on any sector, task or measure page (`reading`).
 * Used by scripts/eval-first-result.ts (the figure) and tests/e2e/search-order.test.ts.
 */
const P = '/liaoning-2015-24';
export const READING_PAGE = 'reading';

export const FIRST_RESULT_QUERIES: [string, string][] = [
  // Sector words
  ['钢铁', `${P}/sectors/p2-2-2/`],
  ['机床', `${P}/sectors/p2-1-1/`],
  ['石化', `${P}/sectors/p2-2-1/`],
  ['船舶', `${P}/sectors/p2-1-3/`],
  ['光伏', `${P}/sectors/p2-4-4/`],
  ['轴承', `${P}/sectors/p2-1-8/`],
  ['机器人', `${P}/sectors/p2-1-2/`],
  ['医药', `${P}/sectors/p2-3-3/`],
  ['集成电路', `${P}/sectors/p2-4-1/`],
  ['纺织', `${P}/sectors/p2-3-2/`],
  // Places
  ['大连', READING_PAGE],
  ['沈阳', READING_PAGE],
  ['鞍山', READING_PAGE],
  ['盘锦', READING_PAGE],
  ['锦州', READING_PAGE],
  // Enterprises
  ['新松', `${P}/sectors/p2-1-2/`],
  ['沈鼓', `${P}/sectors/p2-1-7/`],
  ['忠旺', `${P}/sectors/p2-2-2/`],
  ['沈飞', `${P}/sectors/p2-1-4/`],
  ['鞍钢', `${P}/sectors/p2-2-2/`],
];

const READING = new RegExp(`^${P}/(sectors|tasks|measures)/`);
/** Whether the first result's path is what the query wants. */
export const firstResultOk = (first: string | undefined, want: string) => first !== undefined && (want === READING_PAGE ? READING.test(first) : first === want);
