import { ja } from '../ja';

/** A message function's text for sample arguments: numbers or strings, whichever it takes. */
function call(fn: (...a: unknown[]) => unknown): string {
  for (const args of [[1, 2, 3], ['1', '2', '3']]) {
    try {
      return String(fn(...args));
    } catch {
      // the other kind of argument
    }
  }
  return 'THROWS';
}

/** Every leaf of the catalogue: strings, and the strings its functions produce for sample arguments. */
function leaves(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') out.push([path, call(node as (...a: unknown[]) => unknown)]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('the Japanese catalogue', () => {
  const all = leaves(ja, '', []);

  it('has no empty message', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('has no leftover placeholder or undefined interpolation', () => {
    expect(all.filter(([, v]) => /undefined|NaN|THROWS|TODO|\$\{/.test(v)).map(([k]) => k)).toEqual([]);
  });
});
