import { describe, expect, it } from "vitest";
import { detectFileType, extensionOf } from "@/lib/dataroom/detect-file-type";
import { docxWithParagraphs, pdfWithPages, pptxWithSlides, TINY_PNG, xlsxWithRows } from "../support/dataroom-fixtures";

const text = (s: string) => new TextEncoder().encode(s);

describe("detectFileType: the content decides", () => {
  it.each([
    ["a.pdf", () => pdfWithPages(["x"]), "pdf"],
    ["a.docx", () => docxWithParagraphs(["x"]), "docx"],
    ["a.XLSX", () => xlsxWithRows([["x"]]), "xlsx"],
    ["a.pptx", () => pptxWithSlides(["x"]), "pptx"],
    ["a.png", async () => TINY_PNG, "png"],
    ["a.csv", async () => Buffer.from(text("a,b\n1,2\n")), "csv"],
    ["a.txt", async () => Buffer.from(text("Grüße — naïve café\n")), "txt"],
  ])("accepts %s", async (name, build, expected) => {
    expect((await detectFileType(name, await build())).fileType).toBe(expected);
  });

  it("refuses content that is not what the extension says", async () => {
    await expect(detectFileType("a.docx", await xlsxWithRows([["x"]]))).rejects.toThrow(/named \.docx but its content is a XLSX file/);
    await expect(detectFileType("a.pdf", text("hello"))).rejects.toThrow(/content is plain text/);
    await expect(detectFileType("a.csv", TINY_PNG)).rejects.toThrow(/content is a PNG file/);
    await expect(detectFileType("a.txt", new Uint8Array([0x00, 0x01, 0x02, 0xff]))).rejects.toThrow(/not a recognisable file/);
  });

  it("accepts a UTF-8 sequence cut at the end of the sniffed head", async () => {
    const bytes = text("café");
    expect((await detectFileType("a.txt", bytes.subarray(0, bytes.length - 1))).fileType).toBe("txt");
  });

  it("maps jpeg to jpg and refuses types outside the allowlist", () => {
    expect(extensionOf("photo.JPEG")).toBe("jpg");
    expect(extensionOf("setup.exe")).toBeNull();
    expect(extensionOf("README")).toBeNull();
  });
});
