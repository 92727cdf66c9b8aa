export type DiffLine = { kind: "same" | "added" | "removed"; text: string; oldNumber: number | null; newNumber: number | null };

/**
 * Line diff by longest common subsequence: what a reviewer needs to compare two prompt versions.
 * Prompts are short (hundreds of lines at most), so the quadratic table is cheap.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: "same", text: a[i], oldNumber: i + 1, newNumber: j + 1 });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      lines.push({ kind: "added", text: b[j], oldNumber: null, newNumber: j + 1 });
      j++;
    } else {
      lines.push({ kind: "removed", text: a[i], oldNumber: i + 1, newNumber: null });
      i++;
    }
  }
  return lines;
}
