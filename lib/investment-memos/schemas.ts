import { z } from "zod";
import { MEMO_CONTENT_MAX_LENGTH, MEMO_SECTION_KEYS, MEMO_TITLE_MAX_LENGTH } from "./memo-sections";

export const generateMemoSchema = z.object({ entryId: z.uuid("Unknown deal.") });

export const deleteMemoSchema = z.object({ memoId: z.uuid("Unknown memo.") });

export const saveMemoSchema = z.object({
  memoId: z.uuid("Unknown memo."),
  title: z.string().trim().min(1, "Give the memo a title.").max(MEMO_TITLE_MAX_LENGTH, `A title has at most ${MEMO_TITLE_MAX_LENGTH} characters.`),
  content: z
    .string()
    .max(MEMO_CONTENT_MAX_LENGTH, `A memo has at most ${MEMO_CONTENT_MAX_LENGTH.toLocaleString("en")} characters: shorten it and save again.`)
    .refine((value) => value.trim().length > 0, "The memo is empty: write something before saving."),
  /** The updated_at the editor loaded: a save over someone else's newer change is refused. */
  expectedUpdatedAt: z.iso.datetime({ offset: true, message: "Reload the memo and save again." }),
});
export type SaveMemoInput = z.infer<typeof saveMemoSchema>;

/** The memo's seven sections, from the model or the offline writer alike. */
export const memoOutputSchema = z.object({
  sections: z
    .array(z.object({ key: z.enum(MEMO_SECTION_KEYS), markdown: z.string().min(1).max(12_000) }))
    .length(MEMO_SECTION_KEYS.length)
    .refine((sections) => new Set(sections.map((s) => s.key)).size === MEMO_SECTION_KEYS.length, "Each of the seven sections once."),
});
export type MemoOutput = z.infer<typeof memoOutputSchema>;
