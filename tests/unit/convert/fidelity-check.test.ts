import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConvertError } from '../../../src/lib/model/errors.ts';
import type { ParagraphInput } from '../../../src/lib/convert/paragraph.ts';
// vi.mock below is hoisted above these imports: the converter they load builds paragraphs through the tampered pass.
import { convertFixture } from '../../support/plans.ts';

/**
 * The converter's own fidelity check, tested by breaking a converter pass on purpose: the pass that
 * builds paragraphs is wrapped so that it drops, duplicates or changes text. A plan that loses or
 * alters a character must never convert.
 */
const tamper = vi.hoisted(() => ({ text: null as null | ((input: ParagraphInput) => string) }));
vi.mock('../../../src/lib/convert/paragraph.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/convert/paragraph.ts')>();
  return { ...real, makeParagraph: (input: ParagraphInput) => real.makeParagraph(tamper.text ? { ...input, text: tamper.text(input) } : input) };
});


const TASK = 'p3-2-b1'; // 鼓励企业开展跨境电子商务，扩大数字服务出口。
const onTask = (f: (t: string) => string) => (input: ParagraphInput) => (input.id === TASK ? f(input.text) : input.text);

function conversionError(): InstanceType<typeof ConvertError> {
  try {
    convertFixture('minimal-plan.txt');
  } catch (e) {
    expect(e).toBeInstanceOf(ConvertError);
    return e as InstanceType<typeof ConvertError>;
  }
  throw new Error('the conversion succeeded');
}

afterEach(() => {
  tamper.text = null;
});

describe('the fidelity check stops a conversion that loses or alters text', () => {
  it('passes the untouched plan (the wrapper itself changes nothing)', () => {
    tamper.text = (input) => input.text;
    const { model, fidelity } = convertFixture('minimal-plan.txt');
    expect(fidelity.equal).toBe(true);
    expect(model.stats.modelCharacters).toBe(model.stats.sourceCharacters);
  });

  it('fails, in the plan’s file, quoting the text around a dropped character', () => {
    tamper.text = onTask((t) => t.replace('跨境', '跨'));
    const err = conversionError();
    expect(err.file).toBe('minimal-plan.txt');
    expect(err.message.startsWith('minimal-plan.txt:')).toBe(true);
    // Both sides of the comparison are quoted: the source still has 跨境, the model does not.
    expect(err.message).toContain('开展跨境电子');
    expect(err.message).toContain('开展跨电子');
  });

  it('fails when a pass duplicates text', () => {
    tamper.text = onTask((t) => t + t);
    expect(conversionError().file).toBe('minimal-plan.txt');
  });

  it('fails when a pass changes one character for another (a silent “correction”)', () => {
    tamper.text = onTask((t) => t.replace('数字服务', '数学服务'));
    expect(conversionError().message).toContain('数学服务');
  });

  it('fails when a pass swaps two characters, though the counts still agree', () => {
    tamper.text = onTask((t) => t.replace('电子商务', '电子务商'));
    expect(conversionError().message).toContain('务商');
  });

  it('accepts a pass that only changes whitespace (fidelity counts non-whitespace characters)', () => {
    tamper.text = onTask((t) => t.replace('，', ' ， '));
    expect(convertFixture('minimal-plan.txt').fidelity.equal).toBe(true);
  });
});
