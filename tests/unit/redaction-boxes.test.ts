import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { locatePageCharacters, locateRedactedCharacters, type PageTextItem } from "@/lib/dataroom/redaction/locate-redacted-characters";
import { baselineExtent, countCharacters, keptTextRuns, mapRedactionBoxes, rangesOf } from "@/lib/dataroom/redaction/map-redaction-boxes";
import { winAnsiText } from "@/lib/dataroom/redaction/write-invisible-text";

/** An upright text item at (x, y), `size` points high, one `size` wide per character unless told. */
const item = (str: string, x: number, y: number, options: { size?: number; hasEOL?: boolean; width?: number } = {}): PageTextItem => {
  const size = options.size ?? 10;
  return { str, hasEOL: options.hasEOL ?? false, transform: [size, 0, 0, size, x, y], width: options.width ?? str.length * size, height: size };
};

/** pdfjs's viewport transform for an upright 600 x 800 page at 2 pixels per point: y flips. */
const VIEWPORT = [2, 0, 0, -2, 0, 1600];

const closeTo = (corners: number[][]) => corners.map(([x, y]) => [expect.closeTo(x!, 6), expect.closeTo(y!, 6)]);

describe("page text rebuilt as the extraction stores it, character by character", () => {
  it("joins items with spaces and newlines, drops white space before a newline, trims, and removes control characters", () => {
    const items = [
      item("  Escrow ", 0, 0, { hasEOL: true }),
      item("Pay\u0003 to", 0, 0),
      item("GB82\t", 0, 0, { hasEOL: true }),
      item("", 0, 0, { hasEOL: true }),
      item("end  ", 0, 0),
    ];
    const { text, origins } = locatePageCharacters(items);
    expect(text).toBe("Escrow\nPay to GB82\n\nend");
    // Each character points back at its item and its index in that item's str; joins point nowhere.
    expect(origins.slice(0, 8)).toEqual([
      { item: 0, char: 2 },
      { item: 0, char: 3 },
      { item: 0, char: 4 },
      { item: 0, char: 5 },
      { item: 0, char: 6 },
      { item: 0, char: 7 },
      null,
      { item: 1, char: 0 },
    ]);
    expect(origins[text.indexOf(" to")]).toEqual({ item: 1, char: 4 });
    expect(origins[text.indexOf("GB82")]).toEqual({ item: 2, char: 0 });
    expect(origins.at(-1)).toEqual({ item: 4, char: 2 });
    expect(origins).toHaveLength(text.length);
  });

  it("marks the characters of each span in the items they came from, across items and past a dropped control character", () => {
    const items = [item("Mail: a\u0001b@x.example", 0, 0), item("today;", 0, 0, { hasEOL: true }), item("IBAN GB82", 0, 0), item("WEST 12", 0, 0)];
    const { text } = locatePageCharacters(items);
    expect(text).toBe("Mail: ab@x.example today;\nIBAN GB82 WEST 12");
    const email = { page: 1, start: text.indexOf("ab@"), end: text.indexOf(" today") };
    const iban = { page: 1, start: text.indexOf("GB82"), end: text.length };
    const masks = locateRedactedCharacters(items, text, [email, iban], 1);
    const marked = (index: number) =>
      items[index]!.str.split("")
        .filter((_, char) => masks[index]![char])
        .join("");
    expect(marked(0)).toBe("ab@x.example");
    expect(masks[0]![7]).toBe(false); // the control character between a and b is not in the text
    expect(marked(1)).toBe("");
    expect(marked(2)).toBe("GB82");
    expect(marked(3)).toBe("WEST 12");
  });

  it("refuses offsets into a text the items no longer produce, or beyond it, without quoting the text", () => {
    const items = [item("Contact treasury@helios.example", 0, 0)];
    const mismatch = () => locateRedactedCharacters(items, "Contact: treasury@helios.example", [{ page: 2, start: 9, end: 32 }], 2);
    expect(mismatch).toThrow(/^Page 2: the rendered text does not match the extracted text \(31 vs 32 characters\)\.$/);
    expect(() => locateRedactedCharacters(items, "Contact treasury@helios.example", [{ page: 1, start: 8, end: 40 }], 1)).toThrow(/outside its text/);
  });
});

describe("redaction boxes from text item geometry", () => {
  it("covers the run from below the descenders to the top of the em, with a margin, in viewport pixels", () => {
    // 10 characters over 100 points: one character is 10 points, i.e. 1 em at size 10.
    const items = [item("0123456789", 50, 700)];
    const masks = [[false, false, true, true, true, false, false, false, false, false]];
    const [box] = mapRedactionBoxes(items, masks, VIEWPORT);
    // Page space: x from 50 + (2 - 0.15) * 10 to 50 + (5 + 0.15) * 10; y from 700 - 3 to 700 + 10.
    expect(box).toEqual(
      closeTo([
        [137, 206],
        [203, 206],
        [203, 180],
        [137, 180],
      ]),
    );
  });

  it("turns the box with rotated text instead of covering its neighbours", () => {
    // The same item turned 90 degrees: the baseline runs up the page.
    const rotated: PageTextItem = { str: "0123456789", hasEOL: false, transform: [0, 10, -10, 0, 300, 100], width: 100, height: 10 };
    const [box] = mapRedactionBoxes([rotated], [[false, false, true, true, true, false, false, false, false, false]], VIEWPORT);
    // Along the baseline (page y) from 100 + 18.5 to 100 + 51.5; across it (page x) from 300 + 3 to 300 - 10.
    expect(box).toEqual(
      closeTo([
        [606, 1363],
        [606, 1297],
        [580, 1297],
        [580, 1363],
      ]),
    );
  });

  it("spans every measure's estimate, so a monospaced and a proportional font are both covered", () => {
    // "iiiiWW" over 6 ems: by characters the Ws start 4 ems in; by a measure where W is four i's, 2 ems in.
    const items = [item("iiiiWW", 0, 0, { width: 60 })];
    const masks = [[false, false, false, false, true, true]];
    const narrowI = (text: string) => [...text].reduce((sum, char) => sum + (char === "i" ? 1 : 4), 0);
    expect(baselineExtent(items[0]!, 4, 6, countCharacters)).toEqual({ from: 4, to: 6 });
    expect(baselineExtent(items[0]!, 4, 6, narrowI)).toEqual({ from: 2, to: 6 });
    const identity = [1, 0, 0, 1, 0, 0];
    const [byCount] = mapRedactionBoxes(items, masks, identity, [countCharacters]);
    const [byBoth] = mapRedactionBoxes(items, masks, identity, [countCharacters, narrowI]);
    expect(byCount![0]![0]).toBeCloseTo(38.5);
    expect(byBoth![0]![0]).toBeCloseTo(18.5);
    expect(byBoth![1]![0]).toBeCloseTo(61.5);
  });

  it("gives an item without a width one em per character rather than nothing", () => {
    expect(baselineExtent(item("abcd", 0, 0, { width: 0 }), 1, 3, countCharacters)).toEqual({ from: 1, to: 3 });
  });
});

describe("text that stays", () => {
  it("is cut into runs around the redacted characters, trimmed, each starting where it stood", () => {
    const items = [item("Confirm to a@b.example today", 20, 500), item("   ", 0, 0), item("Site notes", 20, 480, { size: 12, width: 60 })];
    const { text } = locatePageCharacters(items);
    const start = text.indexOf("a@b");
    const masks = locateRedactedCharacters(items, text, [{ page: 1, start, end: start + "a@b.example".length }], 1);
    expect(rangesOf(masks, true)).toEqual([{ item: 0, start: 11, end: 22 }]);
    const runs = keptTextRuns(items, masks);
    expect(runs.map((r) => r.text)).toEqual(["Confirm to", "today", "Site notes"]);
    expect(runs.every((r) => !r.text.includes("@"))).toBe(true);
    // "today" starts at character 23: 230 points along a 10-point-per-character baseline.
    expect(runs[1]).toMatchObject({ matrix: [10, 0, 0, 10, 250, 500], advance: 5 });
    expect(runs[2]).toMatchObject({ matrix: [12, 0, 0, 12, 20, 480], advance: 5 });
  });

  it("is written in what Helvetica can encode: WinAnsi as is, other characters as ?, control characters dropped", async () => {
    const encode = winAnsiText(await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica));
    expect(encode("Café – 5 € “ok”")).toBe("Café – 5 € “ok”");
    expect(encode("Łódź 北京 a\u0003b")).toBe("?ód? ?? ab");
  });
});
