/** Words too common in names to identify one project or portfolio on their own. */
const GENERIC = new Set(
  "project projects wind solar farm park plant energy power hydro hydropower storage battery fund portfolio the of and phase green renewable renewables capital partners limited ltd".split(
    " ",
  ),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The longest run of the name's words that the question contains as words; a single word counts only when it is distinctive. */
function matchedLength(question: string, name: string): number {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  for (let size = words.length; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const run = words.slice(start, start + size);
      if (size === 1 && (GENERIC.has(run[0]!) || run[0]!.length < 4)) continue;
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${run.map(escapeRegExp).join("[^\\p{L}\\p{N}]+")}($|[^\\p{L}\\p{N}])`, "iu").test(question)) return run.join(" ").length;
    }
  }
  return 0;
}

/**
 * The candidates the question names, best first: "Fund I" names "Northwind ... Fund I" and not
 * "... Fund II", "Turkana" names "Turkana Wind Farm". Candidates tied with the best are all kept
 * (the caller decides what an ambiguous name means).
 */
export function matchNamed<T extends { name: string }>(question: string, candidates: readonly T[]): T[] {
  const scored = candidates.map((candidate) => ({ candidate, length: matchedLength(question, candidate.name) })).filter((s) => s.length > 0);
  scored.sort((a, b) => b.length - a.length);
  return scored.map((s) => s.candidate);
}
