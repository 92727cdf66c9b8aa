import { describe, expect, it } from "vitest";
import { readableError } from "@/components/assistant/assistant-api";
import { questionProblem } from "@/components/assistant/assistant-composer";
import { GENERAL_CONTEXT, readPageContext } from "@/components/assistant/assistant-context-store";
import { lastUserText } from "@/components/assistant/message-parts";
import { citationNumber, splitCitationMarkers } from "@/components/assistant/remark-citation-links";
import { doneLabel, runningLabel } from "@/components/assistant/tool-step-label";
import { ASSISTANT_MESSAGE_MAX_CHARS } from "@/lib/assistant/assistant-message";

describe("assistant panel helpers", () => {
  it("refuses an empty or over-long question with a sentence, and lets a question at the limit through", () => {
    expect(questionProblem("  \n ")).toBe("Type a question first.");
    expect(questionProblem("x".repeat(ASSISTANT_MESSAGE_MAX_CHARS + 1))).toMatch(/up to 8,000 characters; this one has 8,001/);
    expect(questionProblem("x".repeat(ASSISTANT_MESSAGE_MAX_CHARS))).toBeNull();
  });

  it("reads the server's error body, and hides network noise and HTML behind one sentence", () => {
    expect(readableError(new Error(JSON.stringify({ error: { code: "RATE_LIMITED", message: "Too many questions; try again in 30 seconds." } })))).toBe(
      "Too many questions; try again in 30 seconds.",
    );
    expect(readableError(new Error("Failed to fetch"))).toMatch(/could not be reached/);
    expect(readableError(new Error("<!DOCTYPE html><html>500</html>"))).toMatch(/could not be reached/);
    expect(readableError(new Error("Budget exhausted."))).toBe("Budget exhausted.");
  });

  it("splits [n] markers out of text as citation links", () => {
    expect(splitCitationMarkers("IRR is 12% [2], see [10].")).toEqual([
      { type: "text", value: "IRR is 12% " },
      { type: "link", url: "#cite-2", children: [{ type: "text", value: "[2]" }] },
      { type: "text", value: ", see " },
      { type: "link", url: "#cite-10", children: [{ type: "text", value: "[10]" }] },
      { type: "text", value: "." },
    ]);
    expect(citationNumber("#cite-3")).toBe(3);
    expect(citationNumber("/projects/1")).toBeNull();
  });

  it("labels tools by name, counts what a step found and falls back for a tool it does not know", () => {
    expect(runningLabel("searchProjects", { query: "wind" })).toBe("Searching projects for “wind”…");
    expect(runningLabel("readDocumentPage", { documentId: "d", page: 4 })).toBe("Reading page 4 of a document…");
    expect(doneLabel("searchProjects", { available: true, data: { total: 1, projects: [{}] }, citations: [] })).toBe("1 project found");
    expect(doneLabel("listQuestions", { available: true, data: { questions: [] }, citations: [] })).toBe("No questions found");
    expect(runningLabel("inventedTool", {})).toBe("Running inventedTool…");
  });

  it("retries with the last question asked", () => {
    expect(
      lastUserText([
        { id: "1", role: "user", parts: [{ type: "text", text: "first" }] },
        { id: "2", role: "assistant", parts: [{ type: "text", text: "answer" }] },
        { id: "3", role: "user", parts: [{ type: "text", text: "second" }] },
      ]),
    ).toBe("second");
    expect(lastUserText([])).toBeNull();
  });

  it("reads the page's context from its innermost marker, and is general without a valid one", () => {
    const marker = (type: string, entityId?: string, label?: string) => ({
      getAttribute: (name: string) => (name === "data-assistant-context" ? type : null),
      dataset: { entityId, label },
    });
    const page = (...markers: ReturnType<typeof marker>[]) => ({ querySelectorAll: () => markers }) as unknown as ParentNode;
    expect(readPageContext(page(marker("PROJECT", "p1", "Turkana Solar Park"), marker("DOCUMENT", "d1", "Lease.pdf")))).toEqual({
      type: "DOCUMENT",
      entityId: "d1",
      label: "Lease.pdf",
    });
    expect(readPageContext(page())).toEqual(GENERAL_CONTEXT);
    expect(readPageContext(page(marker("ORGANISATION", "o1")))).toEqual(GENERAL_CONTEXT);
    expect(readPageContext(page(marker("PROJECT")))).toEqual(GENERAL_CONTEXT);
  });
});
