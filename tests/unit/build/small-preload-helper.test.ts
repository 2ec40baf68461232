import { describe, expect, it } from 'vitest';
import { helperExport, smallHelper } from '../../../src/integrations/small-preload-helper.ts';

describe('the small preload helper (src/integrations/small-preload-helper.ts)', () => {
  it('finds the name Vite\'s helper chunk exports it under, and nothing in a chunk of another shape', () => {
    expect(helperExport('var e=1,a=function(a,o,s){return a()};export{a as t};')).toBe('t');
    expect(helperExport('const x=1;export { x as __vitePreload }\n')).toBe('__vitePreload');
    expect(helperExport('export default function(){}')).toBeNull();
    expect(helperExport('export{a as t};const later=1;')).toBeNull();
  });

  it('calls the import at once without CSS, and after each CSS file has loaded with it', async () => {
    const code = smallHelper('t', '/base/');
    expect(code).toMatch(/export\{p as t\};\n$/);
    const appended: { rel: string; href: string; onload: () => void; onerror: () => void }[] = [];
    const document = {
      createElement: () => ({ rel: '', href: '', onload: () => {}, onerror: () => {} }),
      head: { append: (l: (typeof appended)[number]) => appended.push(l) },
    };
    const helper = new Function('document', `${code.replace(/export\{p as t\};\n$/, '')}return p;`)(document) as (f: () => Promise<string>, d?: string[]) => Promise<string>;
    expect(await helper(() => Promise.resolve('module'), [])).toBe('module');
    let imported = false;
    const loading = helper(() => ((imported = true), Promise.resolve('styled')), ['_astro/a.css']);
    await Promise.resolve();
    expect(appended.map((l) => [l.rel, l.href])).toEqual([['stylesheet', '/base/_astro/a.css']]);
    expect(imported).toBe(false);
    appended[0].onload();
    expect(await loading).toBe('styled');
    const failing = helper(() => Promise.resolve('never'), ['_astro/b.css']);
    appended[1].onerror();
    await expect(failing).rejects.toThrow('Unable to preload CSS for _astro/b.css');
  });
});
