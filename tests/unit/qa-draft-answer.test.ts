import { describe, expect, it } from "vitest";
import { checkDraftCitations } from "@/lib/qa/check-draft-citations";
import { composeOfflineAnswer, notAnsweredSentence } from "@/lib/qa/compose-offline-answer";
import type { AnswerPassage, AnswerSearch } from "@/lib/qa/qa-draft-output";

const GRID = "11111111-1111-4111-8111-111111111111";
const MODEL = "22222222-2222-4222-8222-222222222222";

const passage = (number: number, documentId: string, pageNumber: number, content: string, matchedTerms: number[]): AnswerPassage => ({
  number,
  documentId,
  documentName: documentId === GRID ? "Grid Study.pdf" : "Financial Model.pdf",
  pageNumber,
  content,
  excerpt: content,
  matchedTerms,
});

const search: AnswerSearch = {
  terms: ["grid", "capacity", "irr"],
  passages: [
    passage(1, GRID, 2, "The grid connection capacity is 40 MW at the Kisumu substation.", [0, 1]),
    passage(2, MODEL, 4, "The equity IRR is 14.2% over twenty years.", [2]),
  ],
};

describe("the offline draft", () => {
  it("quotes each page holding enough of the question's words, with its number, and nothing else", () => {
    const draft = composeOfflineAnswer(search);
    expect(draft.answered).toBe(true);
    expect(draft.sentences).toEqual([{ text: 'Grid Study.pdf, page 2: "The grid connection capacity is 40 MW at the Kisumu substation."', citations: [1] }]);
    expect(draft.citations).toEqual([{ number: 1, documentId: GRID, pageNumber: 2, excerpt: "The grid connection capacity is 40 MW at the Kisumu substation." }]);
  });

  it("says which words no document mentions when no page answers", () => {
    const none: AnswerSearch = { terms: ["hydrogen", "offtake", "irr"], passages: [passage(1, MODEL, 4, "The equity IRR is 14.2%.", [2])] };
    expect(composeOfflineAnswer(none)).toEqual({
      answered: false,
      sentences: [{ text: 'The data room does not answer this question: no document mentions "hydrogen" or "offtake".', citations: [] }],
      citations: [],
    });
    expect(notAnsweredSentence({ terms: [], passages: [] })).toBe("The data room does not answer this question: no document mentions any of its words.");
  });
});

describe("checking a model's draft against the passages it was given", () => {
  it("keeps citations of given passages, renumbers them, drops sentences citing nothing real, and never trusts a made-up excerpt", () => {
    const checked = checkDraftCitations(
      {
        answered: true,
        sentences: [
          { text: "The equity IRR is 14.2% [2].", citations: [2] },
          { text: "Capacity is 40 MW.", citations: [1, 1] },
          { text: "The tariff is 9 cents.", citations: [7] },
          { text: "The lender is the IFC.", citations: [] },
        ],
        citations: [
          { number: 2, documentId: MODEL, pageNumber: 4, excerpt: "an IRR of 20%" },
          { number: 1, documentId: GRID, pageNumber: 2, excerpt: "capacity  is 40 MW" },
          { number: 7, documentId: GRID, pageNumber: 9, excerpt: "9 cents" },
        ],
      },
      search,
    );
    expect(checked.content).toBe("The equity IRR is 14.2% [1]. Capacity is 40 MW [2].");
    expect(checked.citations).toEqual([
      { number: 1, documentId: MODEL, pageNumber: 4, excerpt: "The equity IRR is 14.2% over twenty years." },
      { number: 2, documentId: GRID, pageNumber: 2, excerpt: "capacity  is 40 MW" },
    ]);
  });

  it("refuses a citation whose document or page is not the passage's, and a draft left with no sourced sentence", () => {
    const wrongPage = {
      answered: true,
      sentences: [{ text: "Capacity is 40 MW.", citations: [1] }],
      citations: [{ number: 1, documentId: GRID, pageNumber: 3, excerpt: "x" }],
    };
    expect(() => checkDraftCitations(wrongPage, search)).toThrow(/cited no passage it was given/);
  });

  it("replaces a model's 'not answered' text with the plain sentence and no citation", () => {
    const checked = checkDraftCitations({ answered: false, sentences: [{ text: "Probably around 40 MW.", citations: [1] }], citations: [] }, search);
    expect(checked).toEqual({
      answered: false,
      content: 'The data room does not answer this question: the pages that mention "grid", "capacity" and "irr" do not say.',
      citations: [],
    });
  });
});
