import { z } from "zod";

/** A passage of the project's data room given to the drafter, numbered as the prompt shows it. */
export type AnswerPassage = {
  number: number;
  documentId: string;
  documentName: string;
  pageNumber: number;
  /** The passage's text as given to the model (a page, cut to PASSAGE_MAX_CHARS). */
  content: string;
  /** The passage condensed around the question's words: what a citation quotes. */
  excerpt: string;
  /** Indexes into the search's terms of the question words this passage contains. */
  matchedTerms: number[];
};

/** The question's searchable words (stop words dropped), each once, and the passages that mention them, best first. */
export type AnswerSearch = { terms: string[]; passages: AnswerPassage[] };

/**
 * What the drafter returns, the model and the offline analyser alike: sentences each citing passage
 * numbers, and one citation per cited passage. Whether each citation names a passage that was
 * given is checked afterwards (checkDraftCitations), since the schema cannot know the passages.
 */
export const qaDraftOutputSchema = z.object({
  answered: z.boolean(),
  sentences: z
    .array(z.object({ text: z.string().trim().min(1).max(1_500), citations: z.array(z.number().int().min(1)).max(10) }))
    .min(1)
    .max(12),
  citations: z.array(z.object({ number: z.number().int().min(1), documentId: z.string(), pageNumber: z.number().int().min(1), excerpt: z.string().max(1_000) })).max(12),
});
export type QaDraftOutput = z.output<typeof qaDraftOutputSchema>;
