/**
 * Search and answer quality on query sets kept apart from the tests, as a reader sees them through
 * the results page and the card (not a test: it reports figures). Against a built site:
 *   node scripts/eval-search.ts [DIST]
 *   words      everyday words, homophone typos and English: hit@3 of the page that answers them
 *   questions  questions as readers type them: a card shown, never a false "没有谈到", and the
 *              expected task first where one is given
 */
import { launch } from '../tests/support/e2e/browser.ts';
import { serve } from '../tests/support/e2e/server.ts';
import { env } from '../src/lib/build/env.ts';

const P = '/liaoning-2015-24';
const WORDS: [string, string][] = [
  ['炼油厂', `${P}/sectors/p2-2-1/`], ['造船厂', `${P}/sectors/p2-1-3/`], ['高铁', `${P}/sectors/p2-1-5/`], ['挖掘机', `${P}/sectors/p2-1-11/`],
  ['制衣', `${P}/sectors/p2-3-2/`], ['贷款', `${P}/measures/p4-2/`], ['技改', `${P}/tasks/p3-2/`], ['节电', `${P}/tasks/p3-5/`], ['新能源车', `${P}/sectors/p2-1-10/`],
  ['shipbuilding', `${P}/sectors/p2-1-3/`], ['petrochemicals', `${P}/sectors/p2-2-1/`], ['steel', `${P}/sectors/p2-2-2/`], ['pharmaceuticals', `${P}/sectors/p2-3-3/`],
  ['integrated circuits', `${P}/sectors/p2-4-1/`], ['logistics', `${P}/sectors/p2-5-2/`], ['industrial design', `${P}/sectors/p2-5-1/`], ['financing', `${P}/measures/p4-2/`],
  ['集成电录', `${P}/sectors/p2-4-1/`], ['轨到交通', `${P}/sectors/p2-1-5/`], ['医要', `${P}/sectors/p2-3-3/`], ['纺值', `${P}/sectors/p2-3-2/`],
  ['工城机械', `${P}/sectors/p2-1-11/`], ['航空装被', `${P}/sectors/p2-1-4/`], ['输变店', `${P}/sectors/p2-1-6/`], ['精密轴成', `${P}/sectors/p2-1-8/`],
];
/** [question, task expected first, or null where the plan assigns nobody]. */
const QUESTIONS: [string, string | null][] = [
  ['企业技术中心建设谁来推进', 'p3-1'], ['首台套保险由谁落实', 'p3-1'], ['技术改造项目谁来抓', 'p3-2'], ['工业软件振兴归谁管', 'p3-3'],
  ['物联网应用推广找哪个部门', 'p3-3'], ['产业集群两化融合哪个单位管', 'p3-3'], ['产业布局调整由谁负责', 'p3-4'], ['淘汰落后产能谁来抓', 'p3-5'],
  ['清洁生产由哪个部门负责', 'p3-5'], ['节能降耗工程谁牵头', 'p3-5'], ['精密铸造技术攻关归哪个部门管', 'p3-6'], ['关键基础材料谁负责', 'p3-6'],
  ['品牌培育谁来推进', 'p3-7'], ['质量品牌建设由谁落实', 'p3-7'], ['产业技术创新联盟谁负责', 'p3-8'], ['央企合作找哪个部门', 'p3-9'],
  ['海外并购哪个单位管', 'p3-10'], ['开放合作谁来抓', 'p3-10'], ['who is responsible for energy saving', 'p3-5'], ['who leads technical upgrading', 'p3-2'],
  ['which department handles industrial alliances', 'p3-8'], ['质量提升归谁管', 'p3-7'], ['技改谁负责', 'p3-2'], ['数字化转型谁来推进', 'p3-3'],
  ['光伏产业谁来推进', null], ['钢铁行业归谁管', null], ['船舶工业哪个部门管', null], ['医药产业发展谁负责', null],
  ['融资渠道由谁拓宽', null], ['轨道交通装备谁牵头', null], ['新材料由谁主导', null], ['软件业找哪个部门', null], ['汽车零部件谁来抓', null],
];

const dist = process.argv[2] ?? env.distDir();
const { server, url } = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
const open = async (q: string) => {
  await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('body[data-search-done]', { timeout: 30_000 });
};
let hits = 0;
const misses: string[] = [];
for (const [q, want] of WORDS) {
  await open(q);
  const urls = await page.locator('#search-results .hit h2 a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  if (urls.includes(want)) hits++;
  else misses.push(`${q} → ${urls.join(' ')}`);
}
let answered = 0;
let falseAbsent = 0;
let rightTask = 0;
const wrong: string[] = [];
for (const [q, task] of QUESTIONS) {
  await open(q);
  const card = page.locator('#search-answer [data-answer]');
  if (!(await card.count())) {
    wrong.push(`${q}: no card`);
    continue;
  }
  const text = await card.innerText();
  if (text.includes('没有谈到')) {
    falseAbsent++;
    wrong.push(`${q}: 没有谈到`);
    continue;
  }
  answered++;
  const kind = await card.getAttribute('data-kind');
  const first = await card.locator('.answer-tasks > li a.answer-task').first().getAttribute('href').catch(() => null);
  const ok = task === null ? kind === 'unassigned' || kind === 'assigned' : first !== null && new URL(first, url).pathname === `${P}/tasks/${task}/`;
  if (ok) rightTask++;
  else wrong.push(`${q}: ${kind} ${first ?? ''}`);
}
console.log(`words (synonyms, typos, English): hit@3 ${hits}/${WORDS.length}${misses.length ? `\n  missed: ${misses.join('; ')}` : ''}`);
console.log(`questions: answered ${answered}/${QUESTIONS.length}, false 没有谈到 ${falseAbsent}, expected task first ${rightTask}/${QUESTIONS.length}${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`);
await browser.close();
server.close();
