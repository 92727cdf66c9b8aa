import { describe, expect, it } from "vitest";
import type { AiPiiEntity } from "@/lib/dataroom/redaction/ai-pii-output-schema";
import { chunkPages, describeChunk, PART_OVERLAP, renderChunk } from "@/lib/dataroom/redaction/chunk-pages";
import { detectPii } from "@/lib/dataroom/redaction/detect-pii";
import { locateAiEntities } from "@/lib/dataroom/redaction/locate-ai-entities";
import { mergeDetections } from "@/lib/dataroom/redaction/merge-detections";

const entity = (text: string, page = 1, type: AiPiiEntity["type"] = "PERSON_NAME", confidence = 0.9): AiPiiEntity => ({ type, text, page, confidence });

describe("locating the model's quotes in the page text", () => {
  const pages = [
    { page: 1, text: "Lease signed with the landowner.\nWitness: Achieng Otieno, of Lodwar." },
    { page: 2, text: "Achieng Otieno paid the deposit. Annual rent applies; Achieng\nOtieno countersigned." },
  ];

  it("computes page and offsets from the extracted text, for every occurrence on the named page", () => {
    const { detections, dropped } = locateAiEntities(pages, [entity("Achieng Otieno", 2)], "claude-test");
    expect(dropped).toBe(0);
    expect(detections.map((d) => [d.page, d.start, d.end, d.text])).toEqual([
      [2, 0, 14, "Achieng Otieno"],
      [2, 54, 68, "Achieng\nOtieno"],
    ]);
    for (const d of detections) expect(pages[1]!.text.slice(d.start, d.end)).toBe(d.text);
    expect(detections[0]).toMatchObject({ type: "PERSON_NAME", confidence: 0.9, source: "ai", rule: "claude-test", id: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it("drops quotes that are not literally on the page the model named", () => {
    const { detections, dropped } = locateAiEntities(
      pages,
      [
        entity("Achieng Otieno", 3), // a page the model was not shown
        entity("Wanjiru Kamau", 1), // invented
        entity("achieng otieno", 1), // not what the page says
        entity("Lodwar.", 2), // on page 1, not 2
      ],
      "claude-test",
    );
    expect(detections).toEqual([]);
    expect(dropped).toBe(4);
  });

  it("does not cut a name out of a longer word, and ignores one-letter or paragraph-long quotes", () => {
    const { detections, dropped } = locateAiEntities(pages, [entity("Ann", 2), entity("A", 1), entity("x ".repeat(150), 1)], "m");
    expect(detections).toEqual([]);
    expect(dropped).toBe(3);
    expect(locateAiEntities(pages, [entity("Lodwar.", 1, "ADDRESS")], "m").detections.map((d) => d.text)).toEqual(["Lodwar."]);
  });
});

describe("merging rule and AI detections", () => {
  const text = "Contact: Mr. Brian Mutua, +254 722 123 456. Landowner Achieng Otieno.";
  const page = [{ page: 1, text }];
  const rules = detectPii(page);

  it("keeps the rule detection on an overlap, adds the AI's new spans, and marks the source", () => {
    const ai = locateAiEntities(page, [entity("Brian Mutua", 1, "PERSON_NAME", 0.99), entity("Achieng Otieno", 1, "PERSON_NAME", 0.8)], "m").detections;
    const merged = mergeDetections(rules, ai);
    expect(merged.map((d) => [d.text, d.source])).toEqual([
      ["Brian Mutua", "rules"],
      ["+254 722 123 456", "rules"],
      ["Achieng Otieno", "ai"],
    ]);
    expect(merged[0]!.id).toBe(rules.find((r) => r.text === "Brian Mutua")!.id);
  });

  it("between overlapping AI detections keeps the more confident, then the longer", () => {
    const ai = locateAiEntities(page, [entity("Otieno", 1, "PERSON_NAME", 0.6), entity("Achieng Otieno", 1, "PERSON_NAME", 0.9)], "m").detections;
    expect(mergeDetections([], ai).map((d) => d.text)).toEqual(["Achieng Otieno"]);
    const tied = locateAiEntities(page, [entity("Achieng", 1, "PERSON_NAME", 0.7), entity("Achieng Otieno", 1, "PERSON_NAME", 0.7)], "m").detections;
    expect(mergeDetections([], tied).map((d) => d.text)).toEqual(["Achieng Otieno"]);
  });

  it("keeps the same span on different pages apart", () => {
    const pages = [
      { page: 1, text: "Achieng Otieno" },
      { page: 2, text: "Achieng Otieno" },
    ];
    const ai = locateAiEntities(pages, [entity("Achieng Otieno", 1), entity("Achieng Otieno", 2)], "m").detections;
    expect(mergeDetections([], ai).map((d) => d.page)).toEqual([1, 2]);
  });
});

describe("chunking the text for the model", () => {
  it("packs whole pages up to the cap and skips blank pages", () => {
    const pages = [
      { page: 1, text: "a".repeat(40) },
      { page: 2, text: " \n " },
      { page: 3, text: "b".repeat(50) },
      { page: 4, text: "c".repeat(30) },
    ];
    const chunks = chunkPages(pages, 100);
    expect(chunks.map((c) => c.map((p) => p.page))).toEqual([[1, 3], [4]]);
    expect(chunks.map(describeChunk)).toEqual(["pages 1-3", "page 4"]);
    expect(renderChunk(chunks[1]!)).toBe(`=== Page 4 ===\n${"c".repeat(30)}`);
  });

  it("cuts a page longer than the cap into overlapping parts that cover all of it, each within the cap", () => {
    const text = Array.from({ length: 3_000 }, (_, i) => String(i % 10)).join("");
    const chunks = chunkPages([{ page: 7, text }], 1_000);
    const parts = chunks.flat();
    expect(chunks.every((c) => c.length === 1 && c[0]!.text.length <= 1_000)).toBe(true);
    expect(parts.map((p) => [p.part, p.parts])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(describeChunk(chunks[1]!)).toBe("page 7, part 2 of 4");
    const step = 1_000 - PART_OVERLAP;
    parts.forEach((p, i) => expect(p.text).toBe(text.slice(i * step, i * step + 1_000)));
    expect(parts.at(-1)!.text.endsWith(text.slice(-50))).toBe(true);
  });
});
