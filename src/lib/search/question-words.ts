/**
 * "Who leads X?": the words readers wrap around a topic when they ask which department is
 * responsible for it. This file is the one reviewed list of them (tests/unit/search/question-words.test.ts
 * holds the phrasings it must understand); the parser below only removes these words and never
 * guesses a topic.
 *
 * How a query is read:
 *   1. NFKC, lower case for Latin letters, punctuation (？?！!。，,、：:“”"') becomes a space.
 *   2. English: an ENGLISH phrase at the start or the end is removed (who leads X, X: who is responsible?).
 *   3. Chinese: every ASKERS and NOUNS entry is removed wherever it occurs (they never occur inside
 *      a topic: 谁, 哪个部门, 牵头部门 …); then VERBS and LINKS are removed at either end of what is
 *      left, repeatedly (负责X, X由…负责, X归…管, 负责X的…), so a verb inside a topic (质量管理) stays;
 *      a one-character LINK (要, 是, 了 …) is removed at the start of a word only right after an
 *      asker, as it also starts topics (要素保障).
 *   4. Spaces: the words that are left, joined by one space, are the topic.
 * The query is a question when step 2 or 3 removed something.
 * Traditional forms are listed beside the simplified ones, because the answer is looked up before
 * the search converts a query (誰牽頭 質量 → topic 質量, converted to 质量 by the search).
 */

/** Words that ask "who / which body": removed anywhere in the query. */
export const ASKERS: readonly string[] = [
  '哪一个部门', '哪一個部門', '哪个部门', '哪個部門', '哪些部门', '哪些部門', '什么部门', '什麼部門',
  '哪个单位', '哪個單位', '哪些单位', '哪些單位', '什么单位', '什麼單位', '哪个机构', '哪個機構',
  '哪家单位', '哪家單位', '哪个厅', '哪個廳', '哪家', '哪个', '哪個',
  '负责哪些任务', '負責哪些任務', '负责哪些工作', '負責哪些工作', '负责什么', '負責什麼', '负责哪些', '負責哪些', '管什么', '管什麼', '牵头什么', '牽頭什麼',
  '哪些任务', '哪些任務', '哪些工作', '什么任务', '什麼任務', '什么工作', '什麼工作',
  // 谁来推进, 谁在管, 由谁落实: the little word after 谁 belongs to the asker, not to the topic.
  '谁来', '誰來', '谁在', '誰在', '谁去', '誰去',
  '是谁', '是誰', '谁', '誰',
];

/** Nouns for "the responsible body": removed anywhere (牵头部门, 主管部门 …). */
export const NOUNS: readonly string[] = [
  '牵头部门', '牽頭部門', '牵头单位', '牽頭單位', '责任单位', '責任單位', '责任部门', '責任部門',
  '主管部门', '主管部門', '主管单位', '主管單位', '负责部门', '負責部門', '负责单位', '負責單位',
  '配合部门', '配合部門', '配合单位', '配合單位', '职能部门', '職能部門', '的部门', '的部門', '的单位', '的單位',
  '职责', '職責',
];

/** Verbs of responsibility: removed at either end of a word that is left. */
export const VERBS: readonly string[] = [
  '牵头负责', '牽頭負責', '负责落实', '負責落實', '牵头落实', '牽頭落實', '组织实施', '組織實施',
  '牵头', '牽頭', '负责', '負責', '主管', '分管', '主抓', '来管', '來管', '来抓', '來抓',
  '推进', '推進', '推动', '推動', '落实', '落實', '主导', '主導', '来做', '來做', '来办', '來辦', '督办', '督辦',
];

/**
 * Verbs that also end many topics (监管, 质量管理, 血管): removed only as a word of their own or at
 * the start of the word right after a removed asker (谁管X).
 */
export const TOPIC_VERBS: readonly string[] = ['管理', '管', '抓'];

/**
 * Little words that join the topic to the question: removed at either end of a word that is left
 * (X由…, X归…, X找…, X是…的事, 请问 …).
 */
export const LINKS: readonly string[] = [
  '请问', '請問', '的事情', '的事', '的工作', '应该找', '應該找', '应该', '應該', '属于', '屬於',
  '由', '归', '歸', '找', '是', '的', '呢', '吗', '嗎', '啊', '了', '要',
];

/**
 * English phrasings, removed at the start or the end of the query (lower case, words separated by
 * one space).
 */
export const ENGLISH: readonly string[] = [
  'which department is responsible for', 'which departments are responsible for', 'which department is in charge of',
  'which agency is responsible for', 'which department leads', 'which department handles', 'which department does',
  'which departments', 'which department', 'which agency',
  'who is responsible for', 'who is in charge of', 'who takes the lead on', 'who takes charge of', 'who leads on',
  'who leads', 'who handles', 'who is leading', 'who runs', 'who manages', 'who cooperates on',
  'lead department for', 'lead department of', 'responsible department for',
  'who is responsible', 'who is in charge', 'who leads it', 'who leads this', 'who leads', 'who',
  'responsible for', 'in charge of', 'lead department', 'responsible', 'leads', 'lead', 'for', 'of', 'on', 'the',
];

export interface ParsedQuestion {
  /** The topic: what is left once the question words are removed; "" when nothing is. */
  topic: string;
  /** True when question words were found (the query asks who is responsible). */
  question: boolean;
}

const MARK = '\u0001';
const PUNCT = /[？?！!。，,、：:；;“”"'‘’（）()《》\[\]【】…·~～]/g;
const byLength = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length);
const ASKERS_L = byLength([...ASKERS, ...NOUNS]);
const ENDS_L = byLength([...VERBS, ...TOPIC_VERBS, ...LINKS]);
const ENGLISH_L = byLength(ENGLISH);

function stripEnglish(s: string): { rest: string; hit: boolean } {
  let rest = ` ${s} `;
  let hit = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of ENGLISH_L) {
      if (rest.startsWith(` ${p} `)) {
        rest = rest.slice(p.length + 1);
        changed = hit = true;
      } else if (rest.endsWith(` ${p} `)) {
        rest = rest.slice(0, rest.length - p.length - 1);
        changed = hit = true;
      }
    }
  }
  return { rest: rest.trim(), hit };
}

/** Removes the question words around a topic (see the file comment for the order). */
export function parseQuestion(raw: string): ParsedQuestion {
  let s = raw.normalize('NFKC').replace(PUNCT, ' ').replace(/\s+/g, ' ').trim();
  let question = false;
  // English only where the query is Latin text around the topic.
  // Stryker disable next-line ConditionalExpression,Regex: a shortcut; every ENGLISH phrase starts and ends with a letter, so without Latin at an end stripEnglish finds nothing.
  if (/^[a-z]/i.test(s) || /[a-z]$/i.test(s)) {
    const lower = s.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const { rest, hit } = stripEnglish(lower);
    if (hit && rest) {
      // Keep the topic's own letters as typed (MES, not mes): cut the same span out of s.
      const start = lower.indexOf(rest);
      s = s.slice(start, start + rest.length);
      question = true;
    } else if (hit) {
      return { topic: '', question: true };
    }
  }
  // A removed asker leaves a boundary mark, so that the words on either side are read apart.
  for (const w of ASKERS_L) {
    if (s.includes(w)) {
      s = s.split(w).join(MARK);
      question = true;
    }
  }
  if (!question) return { topic: s, question: false };
  const trimmed: string[] = [];
  for (const piece of s.split(' ')) {
    const parts = piece.split(MARK);
    parts.forEach((part, i) => {
      let word = part;
      const afterAsker = i > 0;
      // Whether the word's start still touches the asker: nothing has been removed there yet.
      let startTouches = afterAsker;
      for (let changed = true; changed && word; ) {
        changed = false;
        for (const w of ENDS_L) {
          const single = TOPIC_VERBS.includes(w);
          // A one-character link also starts many topics (要素保障, 了解, 是否): at the start of a
          // word it is a link only right after an asker (谁是X), never at the query's start or once
          // a verb has been removed (谁负责要素保障 keeps 要).
          const startOk = single ? afterAsker : [...w].length > 1 || startTouches;
          if (word === w) word = '';
          else if (word.startsWith(w) && startOk) {
            word = word.slice(w.length);
            startTouches = false;
          } else if (word.endsWith(w) && !single) word = word.slice(0, -w.length);
          else continue;
          changed = true;
          break;
        }
      }
      if (word) trimmed.push(word);
    });
  }
  return { topic: trimmed.join(' '), question };
}

/**
 * Whether a plain query (not a question) may name a department (质监局, 省科技厅, 金融办): only
 * such a query gets an answer card, so only it loads the answer data.
 */
export const mayNameDepartment = (topic: string): boolean => /(?:厅|局|委|办|署|院|部|政府|委员会|办公室|廳|辦)$/u.test(topic.trim());

/**
 * Whether a plain query may be a sector or field keyword (光伏, 钢铁): one word of two to eight Han
 * characters. Only the answer data can tell (sectorCard), so such a query loads it; the card shows
 * only when a sector is named.
 */
export const mayNameSector = (topic: string): boolean => /^\p{Script=Han}{2,8}$/u.test(topic.trim());

/** A query read for the card: a question is searched by its topic. */
export function askQuery(q: string): { search: string; topic: string; question: boolean; card: boolean } {
  const { topic, question } = parseQuestion(q);
  return { search: question && topic ? topic : q, topic, question, card: Boolean(topic) && (question || mayNameDepartment(topic) || mayNameSector(topic)) };
}
