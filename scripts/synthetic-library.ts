/**
 * A deterministic synthetic library for the scale benchmark (scripts/bench-scale.ts): N plan texts
 * in the official-document notation the converter reads, built from the fixture material (the
 * sentences of the bundled plan and of the test fixtures), varied in issuer, year, kind, length
 * (20–60 KB), structure (sector groups, sectors, tasks, clauses, an indicators table or none) and
 * department notation, with real department names, and citing each other and 国发〔2015〕28号.
 * Same N, same bytes: a seeded generator, no clock, no randomness from the machine.
 *   node scripts/synthetic-library.ts N DIR    writes DIR/<plan-id>.txt
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, and the same on every machine. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    sample: <T>(xs: readonly T[], n: number): T[] => {
      const pool = [...xs];
      const out: T[] = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
}

const ISSUERS = [
  { issuer: '辽宁省人民政府', prefix: '辽政发', level: '省', place: '辽宁省', office: '辽宁省人民政府办公厅' },
  { issuer: '吉林省人民政府', prefix: '吉政发', level: '省', place: '吉林省', office: '吉林省人民政府办公厅' },
  { issuer: '黑龙江省人民政府', prefix: '黑政发', level: '省', place: '黑龙江省', office: '黑龙江省人民政府办公厅' },
  { issuer: '河北省人民政府', prefix: '冀政发', level: '省', place: '河北省', office: '河北省人民政府办公厅' },
  { issuer: '青川市人民政府', prefix: '青政发', level: '市', place: '青川市', office: '青川市人民政府办公厅' },
  { issuer: '白河市人民政府', prefix: '白政发', level: '市', place: '白河市', office: '白河市人民政府办公厅' },
] as const;

const DEPARTMENTS = ['发展改革委', '工业和信息化厅', '经济和信息化委', '科技厅', '财政厅', '教育厅', '人力资源社会保障厅', '商务厅', '国资委', '自然资源厅',
  '生态环境厅', '住房城乡建设厅', '交通运输厅', '农业农村厅', '市场监管局', '统计局', '地方金融监管局', '通信管理局', '能源局', '大数据管理局', '税务局', '知识产权局'];
const cityName = (d: string) => d.replace(/厅$/, '局').replace(/委$/, '委');

const KINDS = ['实施方案', '行动方案', '行动计划', '规划', '实施意见', '工作方案'] as const;
const TOPICS = ['传统工业转型升级', '智能制造推进', '数字经济发展', '工业互联网创新发展', '制造业高质量发展', '绿色制造体系建设', '装备制造业振兴', '新材料产业发展',
  '服务型制造发展', '中小企业专精特新发展', '工业品牌建设', '石化产业提质增效', '冶金行业结构调整', '机器人产业发展', '集成电路产业发展'];
const SECTORS = ['石化', '冶金', '装备制造', '轴承', '工业机器人', '数控机床', '纺织服装', '食品加工', '建材', '船舶', '汽车及零部件', '电子信息', '生物医药', '新材料', '节能环保',
  '航空装备', '轨道交通装备', '农产品加工', '集成电路', '软件和信息服务'];
const GROUPS = ['装备制造业', '原材料工业', '消费品工业', '电子信息产业', '战略性新兴产业'];
const VERBS = ['推进', '加快', '强化', '提升', '完善', '培育', '建设', '优化', '扩大', '实施'];
const OBJECTS = ['智能制造', '技术改造', '产业集群', '品牌建设', '质量提升', '人才培养', '开放合作', '绿色制造', '工业互联网', '融资服务', '创新平台', '中小企业服务', '两化融合', '产业链协同', '安全生产'];
const MEASURES = ['加强组织领导', '加大资金支持', '强化人才保障', '优化营商环境', '加强督促检查', '营造良好氛围'];

/** Sentences of the fixture material that read as body text on their own. */
export function sentencePool(texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    for (const line of t.split('\n')) {
      for (const s of line.split('。')) {
        const x = s.trim();
        if ([...x].length < 12 || [...x].length > 90) continue;
        if (/[（）()《》〔〕\t—、：:；]|牵头|配合|印发|抄送|^\d|^[一二三四五六七八九十]+、/.test(x)) continue;
        if (/[^\p{Script=Han}，0-9A-Za-z%.]/u.test(x)) continue;
        out.add(x);
      }
    }
  }
  return [...out].sort();
}

export interface SyntheticPlan {
  id: string;
  text: string;
  docNumber: string;
  title: string;
}

export function syntheticLibrary(n: number, pool: string[], seed = 20151): SyntheticPlan[] {
  const r = rng(seed);
  const plans: SyntheticPlan[] = [];
  const numbers = new Set<string>();
  for (let i = 0; i < n; i++) {
    const who = ISSUERS[i % ISSUERS.length];
    const year = 2015 + ((i * 7) % 10);
    let num = r.int(1, 60);
    while (numbers.has(`${who.prefix}${year}${num}`)) num++;
    numbers.add(`${who.prefix}${year}${num}`);
    const docNumber = `${who.prefix}〔${year}〕${num}号`;
    const kind = r.pick(KINDS);
    const title = `${who.place}${r.pick(TOPICS)}${kind}`;
    const id = `${who.prefix === '辽政发' ? 'liaoning' : who.prefix === '吉政发' ? 'jilin' : who.prefix === '黑政发' ? 'heilongjiang' : who.prefix === '冀政发' ? 'hebei' : who.prefix === '青政发' ? 'qingchuan' : 'baihe'}-${year}-${num}`;
    const depts = r.sample(DEPARTMENTS, r.int(8, 16)).map((d) => (who.level === '省' ? `省${d}` : `市${cityName(d)}`));
    const target = r.int(20, 60) * 1024;
    const para = (k = r.int(2, 6)) => `${Array.from({ length: k }, () => r.pick(pool)).join('。')}。`;
    const cites: string[] = ['《中国制造2025》（国发〔2015〕28号）'];
    if (plans.length > 0 && r.next() < 0.6) {
      const p = plans[r.int(Math.max(0, plans.length - 20), plans.length - 1)];
      cites.push(`《${p.title}》（${p.docNumber}）`);
    }
    if (plans.length > 1 && r.next() < 0.3) cites.push(plans[r.int(0, plans.length - 1)].docNumber);

    const groups = r.sample(GROUPS, r.int(2, 4)).map((g) => ({ title: `${r.pick(VERBS)}${g}`, sectors: r.sample(SECTORS, r.int(2, 5)).map((s) => ({ title: s, body: [para()], clauses: r.next() < 0.4 ? r.sample(OBJECTS, r.int(1, 3)) : [] })) }));
    const tasks = Array.from({ length: r.int(5, 14) }, (_, k) => {
      const leads = r.sample(depts, r.int(1, 2));
      const partners = r.sample(depts.filter((d) => !leads.includes(d)), r.int(0, 4));
      const style = r.int(0, 2);
      const line = partners.length === 0 ? `（${leads.join('、')}牵头负责）` : `（${leads.join('、')}牵头，${partners.join('、')}${style === 0 ? '等部门' : ''}配合）`;
      return { title: `${r.pick(VERBS)}${OBJECTS[(k + i) % OBJECTS.length]}`, body: [para()], line };
    });
    const measures = r.sample(MEASURES, r.int(2, 5)).map((m) => ({ title: m, body: [para(2)] }));
    const overview = { guide: [para()], goals: [para()] };
    const table = r.next() < 0.7;
    const copy = r.int(100, 999);
    const cells = [r.int(500, 900), r.int(1000, 1500), r.int(2, 4), r.int(5, 30), r.int(40, 120)];
    const date = `${year}年${r.int(1, 12)}月${r.int(1, 28)}日印发`;

    const render = () => {
      const L: string[] = ['', `000${copy}`, '', `${who.issuer}文件`, '', docNumber, '', `${who.issuer}关于印发 ${title}的通知`, '',
        `${who.level === '省' ? '各市人民政府，省政府各厅委、各直属机构' : '各区县人民政府，市政府各委、办、局'}：`, '',
        `现将《${title}》印发给你们，请认真贯彻执行。`, '',
        `为加强组织协调，${who.level}政府成立工作领导小组，办公室设在${depts[0]}，负责日常工作。`, '', '(此件公开发布)', '', title, '',
        `为贯彻落实${cites.join('和')}，结合${who.level === '省' ? '我省' : '本市'}实际，制定本${kind.endsWith('意见') ? '意见' : '方案'}。`, '',
        '一、总体要求', '', '（一）指导思想。', '', ...overview.guide.flatMap((p) => [p, '']), '（二）发展目标。', '', ...overview.goals.flatMap((p) => [p, ''])];
      if (table) {
        L.push(`${who.place}主要指标`, '', `类别\t指 标\t${year} 年\t${year + 5} 年`);
        L.push(`规模效益\t工业增加值(亿元)\t${cells[0]}\t>${cells[1]}`, `\t研发投入强度(%)\t—\t${cells[2]}`, `质量效益\t智能工厂(个)\t${cells[3]}\t${cells[4]}`, '');
      }
      L.push('二、重点领域', '');
      const cn = '一二三四五六七八九十';
      groups.forEach((g, gi) => {
        L.push(`（${cn[gi]}）${g.title}。`, '');
        g.sectors.forEach((s, si) => {
          L.push(`${si + 1}. ${s.title}。${s.body.join('')}`, '');
          for (const c of s.clauses) L.push(`——${c}。${r.pick(pool)}。`, '');
        });
      });
      L.push('三、主要任务', '');
      tasks.forEach((t, ti) => {
        const m = ti < 10 ? cn[ti] : `十${cn[ti - 10]}`;
        L.push(`（${m}）${t.title}。${t.body[0]}`, '');
        for (const p of t.body.slice(1)) L.push(p, '');
        L.push(t.line, '');
      });
      L.push('四、保障措施', '');
      measures.forEach((m, mi) => L.push(`（${cn[mi]}）${m.title}。${m.body.join('')}`, ''));
      L.push(`抄送：${who.level === '省' ? '省委各部门，省人大常委会办公厅，省政协办公厅' : '市委各部门，市人大常委会办公厅，市政协办公厅'}。`, '', who.office, '', date, '');
      return L.join('\n');
    };
    // Grow the plan to its length: more text in tasks and sectors, in turn.
    let size = Buffer.byteLength(render());
    for (let k = 0; size < target; k++) {
      const p = para();
      if (k % 2 === 0) tasks[k % tasks.length].body.push(p);
      else groups[k % groups.length].sectors[k % groups[k % groups.length].sectors.length].body.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    plans.push({ id, text: render(), docNumber, title });
  }
  return plans;
}

/** The fixture material: the bundled plan and the test fixture plans. */
export function fixtureTexts(root: string): string[] {
  return ['content/sources/liaoning-2015-24.txt', 'tests/fixtures/named-plan.txt', 'tests/fixtures/library/liaoning-2019-8.txt', 'tests/fixtures/library/qingchuan-2020-3.txt'].map((f) => readFileSync(join(root, f), 'utf8'));
}

if (import.meta.main) {
  const [n, dir] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(n) || n < 1 || !dir) {
    console.error('usage: node scripts/synthetic-library.ts N DIR');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  for (const p of syntheticLibrary(n, sentencePool(fixtureTexts(process.cwd())))) writeFileSync(join(dir, `${p.id}.txt`), p.text);
}
