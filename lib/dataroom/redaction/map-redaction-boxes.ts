import type { PageTextItem } from "./locate-redacted-characters";

type Point = [number, number];
/** A rectangle as its four corners in order (a turned one is a rectangle too). */
export type Box = Point[];
/** Characters [start, end) of one text item's `str`. */
export type ItemRange = { item: number; start: number; end: number };
/** The advance of a string in any unit: only ratios are used, to share an item's width among its characters. */
export type MeasureText = (text: string) => number;
export const countCharacters: MeasureText = (text) => text.length;

/**
 * The glyph box in the item's text space, where one unit is the font size: from below the
 * descenders to above the accents, with a margin each side because the characters' widths within
 * an item are estimated, and a sliver of a redacted glyph must not show.
 */
const DESCENT_EM = -0.3;
const ASCENT_EM = 1.0;
const SIDE_MARGIN_EM = 0.15;

/** The runs of characters whose mask equals `redacted`, item by item. */
export function rangesOf(masks: boolean[][], redacted: boolean): ItemRange[] {
  const ranges: ItemRange[] = [];
  masks.forEach((mask, item) => {
    let start = -1;
    for (let char = 0; char <= mask.length; char += 1) {
      const inside = char < mask.length && mask[char] === redacted;
      if (inside && start < 0) start = char;
      if (!inside && start >= 0) {
        ranges.push({ item, start, end: char });
        start = -1;
      }
    }
  });
  return ranges;
}

/**
 * Where characters [start, end) of an item lie along its baseline, in its text space. pdfjs gives
 * only the item's total width, so it is shared among the characters by `measure`.
 */
export function baselineExtent(item: PageTextItem, start: number, end: number, measure: MeasureText): { from: number; to: number } {
  const scaleX = Math.hypot(item.transform[0]!, item.transform[1]!);
  // A zero width (some vertical or broken fonts) is replaced by a generous one em per character.
  const advance = item.width > 0 && scaleX > 0 ? item.width / scaleX : item.str.length;
  const measured = measure(item.str);
  const share = measured > 0 ? (index: number) => measure(item.str.slice(0, index)) / measured : (index: number) => index / item.str.length;
  return { from: advance * share(start), to: advance * share(end) };
}

const apply = (m: number[], [x, y]: Point): Point => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];

/**
 * The rectangles, in viewport pixels (pdfjs `viewport.transform` maps page space to them), that
 * cover the redacted characters: each the four corners of a run's glyph box, turned with its text
 * when the text is rotated, so a slanted line loses only its redacted words. Where the run lies in
 * its item is estimated with every given measure and the box spans them all: with a proportional
 * and a monospaced one, a run is covered in either kind of font.
 */
export function mapRedactionBoxes(items: PageTextItem[], masks: boolean[][], viewportTransform: number[], measures: MeasureText[] = [countCharacters]): Box[] {
  return rangesOf(masks, true).map(({ item: index, start, end }) => {
    const item = items[index]!;
    const extents = measures.map((measure) => baselineExtent(item, start, end, measure));
    const left = Math.min(...extents.map((e) => e.from)) - SIDE_MARGIN_EM;
    const right = Math.max(...extents.map((e) => e.to)) + SIDE_MARGIN_EM;
    const corners: Point[] = [
      [left, DESCENT_EM],
      [right, DESCENT_EM],
      [right, ASCENT_EM],
      [left, ASCENT_EM],
    ];
    return corners.map((corner) => apply(viewportTransform, apply(item.transform, corner)));
  });
}

/**
 * The runs of characters that stay, without leading or trailing white space, each with the text
 * matrix that starts it where it stood in the item and the advance it spanned (text space).
 */
export function keptTextRuns(items: PageTextItem[], masks: boolean[][], measure: MeasureText = countCharacters) {
  return rangesOf(masks, false).flatMap(({ item: index, start, end }) => {
    const item = items[index]!;
    const slice = item.str.slice(start, end);
    const text = slice.trim();
    if (!text) return [];
    const first = start + (slice.length - slice.trimStart().length);
    const { from, to } = baselineExtent(item, first, first + text.length, measure);
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    return [{ text, matrix: [a, b, c, d, e + a * from, f + b * from] as const, advance: to - from }];
  });
}
