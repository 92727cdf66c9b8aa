import { describe, expect, it } from "vitest";
import { assertZipWithinLimits } from "@/lib/dataroom/extraction/assert-zip-within-limits";
import { extractText } from "@/lib/dataroom/extraction/extract-text";
import { readZipDirectory } from "@/lib/dataroom/extraction/read-zip-directory";
import { docxWithParagraphs, pdfWithPages, pptxWithSlides, xlsxWithRows } from "../support/dataroom-fixtures";
import { buildZip, deflatedPart, deflatedRepeat, storedPart } from "../support/zip-builder";

const MB = 1024 * 1024;
const tinyParts = (count: number) => Array.from({ length: count }, (_, i) => storedPart(`customXml/item${i}.xml`, "<a/>"));

describe("readZipDirectory", () => {
  it("reads what JSZip wrote: every part's name and sizes", async () => {
    const { entries, truncated } = readZipDirectory(await docxWithParagraphs(["Land lease signed"]), { maxEntries: 100 });
    expect(truncated).toBe(false);
    expect(entries.map((e) => e.name).sort()).toEqual(["[Content_Types].xml", "_rels/", "_rels/.rels", "word/", "word/document.xml"]);
    const document = entries.find((e) => e.name === "word/document.xml")!;
    expect(document.method).toBe(8);
    expect(document.uncompressedSize).toBeGreaterThan(document.compressedSize);
  });

  it("walks the directory by its size, not its 16-bit count (70,000 parts declared as 4,464)", () => {
    const zip = buildZip(tinyParts(70_000));
    expect(zip.readUInt16LE(zip.length - 12)).toBe(70_000 - 65_536);
    const { entries, truncated } = readZipDirectory(zip, { maxEntries: 10_000 });
    expect(truncated).toBe(true);
    expect(entries).toHaveLength(10_001);
    expect(readZipDirectory(zip, { maxEntries: 100_000 }).entries).toHaveLength(70_000);
  });

  it("follows the ZIP64 end record", () => {
    const zip = buildZip([...tinyParts(3), deflatedPart("word/document.xml", "x".repeat(5000))], { zip64: true });
    const { entries } = readZipDirectory(zip, { maxEntries: 10 });
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toContainEqual(["word/document.xml", 5000]);
  });

  it("throws a plain error (reported as a damaged file) for bytes that are not a zip", () => {
    expect(() => readZipDirectory(Buffer.from("not a zip at all, just text".repeat(10)), { maxEntries: 10 })).toThrow(/Not a readable zip/);
  });
});

describe("assertZipWithinLimits", () => {
  it("lets real Office files through", async () => {
    await expect(assertZipWithinLimits(await docxWithParagraphs(["Grid offtake"]), "docx")).resolves.toBeUndefined();
    await expect(assertZipWithinLimits(await xlsxWithRows([["Item", "Cost"]]), "xlsx")).resolves.toBeUndefined();
    await expect(assertZipWithinLimits(await pptxWithSlides(["Thesis"]), "pptx")).resolves.toBeUndefined();
  });

  it("refuses a zip bomb by its declared size, with the sizes in the message", async () => {
    const bomb = await deflatedRepeat("word/document.xml", {
      head: "<w:document><w:body>",
      body: "<w:p><w:r><w:t>AAAAAAAAAAAAAAAA</w:t></w:r></w:p>",
      times: 4_500_000,
      tail: "</w:body></w:document>",
    });
    const zip = buildZip([storedPart("[Content_Types].xml", "<Types/>"), bomb]);
    expect(zip.length).toBeLessThan(1 * MB);
    await expect(assertZipWithinLimits(zip, "docx")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/^This file expands to 2\d\d MB when unpacked, more than the 200 MB we read\./),
    });
  });

  it("refuses more than 10,000 parts before reading them", async () => {
    await expect(assertZipWithinLimits(buildZip(tinyParts(10_001)), "xlsx")).rejects.toThrow("This file holds more than 10,000 parts, more than we unpack.");
    await expect(assertZipWithinLimits(buildZip(tinyParts(10_000)), "xlsx")).resolves.toBeUndefined();
  });

  it("refuses more markup than the format's parser can hold, counting media apart", async () => {
    const body = deflatedPart("word/document.xml", randomWords(11 * MB));
    await expect(assertZipWithinLimits(buildZip([body]), "docx")).rejects.toThrow(
      /^This file's text and layout expand to 11 MB when unpacked, more than the 10 MB we read from a Word file\./,
    );
    const photo = deflatedPart("word/media/image1.jpeg", randomWords(30 * MB));
    await expect(assertZipWithinLimits(buildZip([deflatedPart("word/document.xml", "<w:document/>"), photo]), "docx")).resolves.toBeUndefined();
  });

  it("refuses one large part packed far tighter than real XML", async () => {
    const part = await deflatedRepeat("word/document.xml", { head: "", body: " ", times: 5 * MB, tail: "" });
    await expect(assertZipWithinLimits(buildZip([part]), "docx")).rejects.toThrow(
      /^One part of this file \(word\/document.xml\) expands from \d+ KB to 5 MB when unpacked, more than the 200-fold we accept\./,
    );
  });

  it("refuses a part whose header understates what it unpacks to (the parsers would believe the data)", async () => {
    const part = { ...deflatedPart("word/document.xml", randomWords(2 * MB)), declaredSize: 1000 };
    await expect(assertZipWithinLimits(buildZip([part]), "docx")).rejects.toThrow(
      /^This file is damaged or forged: one part \(word\/document.xml\) unpacks to more than the 1000 B it declares\./,
    );
    const bomb = await deflatedRepeat("word/document.xml", { head: "", body: "<w:p/>", times: 40_000_000, tail: "" });
    await expect(assertZipWithinLimits(buildZip([{ ...bomb, declaredSize: 1000 }]), "docx")).rejects.toThrow(/damaged or forged/);
    const stored = { ...storedPart("word/document.xml", "<w:document/>".repeat(100)), declaredSize: 10 };
    await expect(assertZipWithinLimits(buildZip([stored]), "docx")).rejects.toThrow(/damaged or forged/);
  });
});

describe("extractText", () => {
  it("turns a limit into the user's message and anything unreadable into 'damaged'", async () => {
    await expect(extractText("xlsx", buildZip(tinyParts(20_000)))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/^This file holds more than 10,000 parts/),
    });
    await expect(extractText("docx", Buffer.from("plain text, not a zip".repeat(5)))).rejects.toThrow("This DOCX file is damaged: its text could not be read.");
  });

  it("reports progress per page, and once for formats read in one piece", async () => {
    const calls: [number, number][] = [];
    await extractText("pdf", await pdfWithPages(["one", "two", "three"]), { onProgress: (done, total) => void calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    calls.length = 0;
    await extractText("pptx", await pptxWithSlides(["a", "b"]), { onProgress: (done, total) => void calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
    calls.length = 0;
    await extractText("txt", Buffer.from("hello"), { onProgress: (done, total) => void calls.push([done, total]) });
    expect(calls).toEqual([[1, 1]]);
  });

  it("lets a failing progress listener's error through as itself, not as a damaged file", async () => {
    const failure = new Error("progress store unavailable");
    const failing = () => Promise.reject(failure);
    await expect(extractText("docx", await docxWithParagraphs(["x"]), { onProgress: failing })).rejects.toBe(failure);
    await expect(extractText("xlsx", await xlsxWithRows([["x"]]), { onProgress: failing })).rejects.toBe(failure);
  });
});

/** Text that packs like prose (about 3-fold), deterministic. */
function randomWords(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  let seed = 11;
  for (let i = 0; i < bytes; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out[i] = seed % 7 === 0 ? 0x20 : 0x61 + (seed % 26);
  }
  return out;
}
