import type { MemoInputs } from "./memo-inputs";
import { MEMO_SECTIONS } from "./memo-sections";
import type { MemoOutput } from "./schemas";

/**
 * Holds an answer (the model's above all) to the pages it was given: a marker naming no given page
 * is removed ([n, m] keeps the numbers that exist), and the sections come in the memo's order.
 * Figures no page supports stay as written: the editor flags them for the person to fix.
 */
export function checkMemoOutput(output: MemoOutput, inputs: MemoInputs): MemoOutput {
  const given = new Set(inputs.sources.map((s) => s.n));
  const clean = (markdown: string) =>
    markdown
      .replace(/\s*\[(\d{1,4}(?:\s*,\s*\d{1,4})*)\](?!\()/g, (_match, list: string) => {
        const kept = [...new Set(list.split(",").map((n) => Number(n.trim())))].filter((n) => given.has(n));
        return kept.length ? ` [${kept.join(", ")}]` : "";
      })
      .trim();
  const byKey = new Map(output.sections.map((s) => [s.key, s.markdown]));
  return { sections: MEMO_SECTIONS.map((s) => ({ key: s.key, markdown: clean(byKey.get(s.key) ?? "") || "Not covered." })) };
}
