/** [1, 2, 5, 6, 7] -> "1, 2, 5–7": runs of three or more consecutive pages as a range. Expects ascending pages. */
export function formatPageRanges(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j += 1;
    if (j - i >= 2) parts.push(`${pages[i]}–${pages[j]}`);
    else for (let k = i; k <= j; k += 1) parts.push(String(pages[k]));
    i = j + 1;
  }
  return parts.join(", ");
}
