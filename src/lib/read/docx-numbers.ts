/**
 * Word's number formats (ST_NumberFormat of ECMA-376 §17.18.59): how a list counter, a footnote
 * mark or a page number prints. Word keeps the numbers of automatic lists outside the paragraph
 * text, so the reader prints them itself to give the text as a reader of the document sees it
 * (一、总体要求, （一）指导思想, ① …).
 */

const CJK_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_SIMPLIFIED = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const LEGAL_TRADITIONAL = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/**
 * A number in Chinese counting (一 … 十 十一 … 二十 … 一百零一 … 九千九百九十九), as Word and
 * LibreOffice print chineseCounting, chineseCountingThousand, japaneseCounting and the Taiwanese
 * forms for numbers below ten thousand; a leading 一十 is written 十 (十一, not 一十一). Null past
 * 9999, where the forms differ by locale and the caller prints digits.
 */
export function chineseCounting(n: number, digits: readonly string[] = CJK_DIGITS, units = ['', '十', '百', '千']): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return null;
  if (n === 0) return digits[0];
  // Inside a number a skipped place is read 零 (一百零一), whatever the digit zero looks like alone.
  const zero = digits === CJK_DIGITS ? '零' : digits[0];
  const places = String(n).split('').map(Number).reverse();
  let out = '';
  let pendingZero = false;
  for (let place = places.length - 1; place >= 0; place--) {
    const d = places[place];
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    out += digits[d] + units[place];
  }
  // 十一, 十九: a tens digit of one at the head is not spoken; the legal forms keep it (壹拾壹).
  return digits === CJK_DIGITS && n >= 10 && n < 20 ? out.slice(1) : out;
}

/** Digit by digit with 〇 (ideographDigital, taiwaneseDigital): 2019 → 二〇一九. */
function cjkDigits(n: number): string {
  return String(n)
    .split('')
    .map((d) => CJK_DIGITS[Number(d)])
    .join('');
}

function roman(n: number): string | null {
  if (n < 1 || n > 3999) return null;
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: A … Z, then AA … ZZ, AAA … (the letter repeated, not a base-26 count). */
function letters(n: number): string | null {
  if (n < 1) return null;
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A character from a run of consecutive code points (①…⑳), or null past its end. */
function fromRun(n: number, first: number, count: number): string | null {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : null;
}

function enclosedCircle(n: number): string | null {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1); // ①…⑳
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21); // ㉑…㉟
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36); // ㊱…㊿
  return null;
}

function cycle(n: number, chars: string): string | null {
  return n >= 1 && n <= chars.length ? chars[n - 1] : null;
}

/**
 * `n` printed in Word number format `format` (the w:val of w:numFmt). A format Word defines but
 * this reader does not know, and a number past a format's range (㊿, 癸), print as decimal digits,
 * as Word does for the enclosed forms: the number is then still there, only its style differs.
 * 'none' prints nothing; 'bullet' is handled by the caller (the level text is the bullet).
 */
export function formatNumber(n: number, format: string): string {
  const decimal = String(n);
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : decimal;
    case 'upperRoman':
      return roman(n) ?? decimal;
    case 'lowerRoman':
      return roman(n)?.toLowerCase() ?? decimal;
    case 'upperLetter':
      return letters(n) ?? decimal;
    case 'lowerLetter':
      return letters(n)?.toLowerCase() ?? decimal;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n) ?? decimal;
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return n >= 0 ? cjkDigits(n) : decimal;
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_SIMPLIFIED, ['', '拾', '佰', '仟']) ?? decimal;
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return chineseCounting(n, LEGAL_TRADITIONAL, ['', '拾', '佰', '仟']) ?? decimal;
    case 'ideographTraditional':
      return cycle(n, HEAVENLY_STEMS) ?? decimal;
    case 'ideographZodiac':
      return cycle(n, EARTHLY_BRANCHES) ?? decimal;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(n) ?? decimal;
    case 'ideographEnclosedCircle':
      return fromRun(n, 0x3220, 10) ?? decimal; // ㈠…㈩
    case 'decimalEnclosedParen':
      return fromRun(n, 0x2474, 20) ?? decimal; // ⑴…⒇
    case 'decimalEnclosedFullstop':
      return fromRun(n, 0x2488, 20) ?? decimal; // ⒈…⒛
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return decimal.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return decimal;
  }
}

/**
 * Private-use characters that Word's Symbol and Wingdings fonts draw as ordinary signs (a bullet
 * list's •, a w:sym check mark), by font. Text in those fonts holds code points U+F020–U+F0FF (or
 * their low byte); a character not listed here is kept as the document holds it.
 */
const SYMBOL_FONTS: Record<string, Record<number, string>> = {
  symbol: {
    0x20: ' ', 0xb7: '•', 0xb4: '×', 0xb8: '÷', 0xb1: '±', 0xa3: '≤', 0xb3: '≥', 0xb9: '≠', 0xbb: '≈',
    0xb0: '°', 0xd6: '√', 0xa5: '∞', 0xae: '→', 0xac: '←', 0xad: '↑', 0xaf: '↓', 0xd7: '⋅', 0x2d: '−',
    0x61: 'α', 0x62: 'β', 0x67: 'γ', 0x64: 'δ', 0x65: 'ε', 0x6c: 'λ', 0x6d: 'μ', 0x70: 'π', 0x73: 'σ',
    0x44: 'Δ', 0x57: 'Ω', 0xe0: '◊', 0xa7: '♣', 0xa8: '♦', 0xa9: '♥', 0xaa: '♠',
  },
  wingdings: {
    0x6c: '●', 0x6e: '■', 0x6f: '□', 0x71: '❑', 0x75: '◆', 0x76: '❖', 0xa7: '▪', 0xa8: '◻', 0x9f: '•',
    0xd8: '➢', 0xe0: '→', 0xe8: '➔', 0xf0: '⇨', 0xfc: '✓', 0xfb: '✗', 0xfd: '☒', 0xfe: '☑', 0xa1: '○',
    0x6d: '❍', 0x4a: '☺', 0x4c: '☹', 0x2a: '✉', 0x3f: '✍', 0x46: '☞',
  },
};

/** The sign a symbol font draws for `char` (one code point), or `char` itself when unknown. */
export function symbolChar(char: string, font: string | null): string {
  const code = char.codePointAt(0) ?? 0;
  const key = font?.trim().toLowerCase() ?? '';
  const table = Object.hasOwn(SYMBOL_FONTS, key) ? SYMBOL_FONTS[key] : undefined;
  if (table === undefined) return char;
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return table[low] ?? char;
}
