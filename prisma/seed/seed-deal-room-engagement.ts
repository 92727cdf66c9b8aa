import type { Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { documentId } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { dealRoomId } from "./seed-deal-rooms";

type Reader = "priya" | "james";
/** One sitting: who, which document (its data-room key), when it began, and the seconds spent on each page in reading order. */
type Sitting = { reader: Reader; document: string; at: Date; pages: [page: number, seconds: number][] };

/**
 * What Northwind read in the Turkana room, as the viewer's beacons would have recorded it, in line
 * with the access log (seed-dataroom-activity): Priya read the Financial Model rev. 2 in October,
 * rev. 3 ten days ago and again three days ago, the PPA term sheet v2 the day before she downloaded
 * it (and its tariff page again later), the yield study with her note on page 6; James read the
 * whole ESIA eight days ago and the yield study's page 6 two days ago.
 *
 * By hand, on the room's current documents (model rev. 3: 1 page as the viewer shows a spreadsheet,
 * PPA v2: 4, yield study: 6, ESIA: 5; 16 pages):
 *   seconds: model 840 + 300 = 1,140; PPA 420 + 60 = 480; ESIA 375; yield 455 + 45 = 500
 *   documents opened 4 of 4; pages viewed 1 + 4 + 5 + 4 = 14 of 16
 *   time, at most 60 s a page: model 60; PPA 60 + 60 + 60 + 45 = 225; ESIA 60 + 45 + 60 + 60 + 30 = 255;
 *   yield 60 + 60 + 40 + 60 = 220; 760 of 960
 *   score on story day (last view two days before, recency 28/30): 30 + 26.25 + 15.83 + 18.67 = 91
 * The October reading of rev. 2 (420 s) shows as an earlier version and counts in no score.
 */
const SITTINGS: Sitting[] = [
  { reader: "priya", document: "financial-model-v2", at: daysAgo(40, 10), pages: [[1, 420]] },
  { reader: "priya", document: "financial-model-v3", at: daysAgo(10, 9), pages: [[1, 840]] },
  {
    reader: "priya",
    document: "ppa-term-sheet-v2",
    at: daysAgo(9, 9.5),
    pages: [
      [1, 95],
      [2, 160],
      [3, 120],
      [4, 45],
    ],
  },
  {
    reader: "james",
    document: "esia",
    at: daysAgo(8, 15.5),
    pages: [
      [1, 60],
      [2, 45],
      [3, 150],
      [4, 90],
      [5, 30],
    ],
  },
  {
    reader: "priya",
    document: "energy-yield",
    at: daysAgo(7, 10.5),
    pages: [
      [1, 75],
      [2, 130],
      [5, 40],
      [6, 210],
    ],
  },
  { reader: "priya", document: "financial-model-v3", at: daysAgo(3, 14), pages: [[1, 300]] },
  { reader: "priya", document: "ppa-term-sheet-v2", at: daysAgo(3, 14.25), pages: [[2, 60]] },
  { reader: "james", document: "energy-yield", at: daysAgo(2, 11), pages: [[6, 45]] },
];

/** Rows in the recorder's shape: one per page per reader per day, first and last view spanning the time read. */
export function turkanaPageViewRows(ctx: DemoContext): Prisma.DealRoomPageViewCreateManyInput[] {
  return SITTINGS.flatMap((sitting) => {
    let clock = sitting.at.getTime();
    const viewDate = new Date(`${sitting.at.toISOString().slice(0, 10)}T00:00:00Z`);
    return sitting.pages.map(([page, seconds]) => {
      const first = new Date(clock);
      clock += seconds * 1000;
      return {
        id: demoId(`helios/deal-room/turkana/page-view/${sitting.reader}/${sitting.document}/${viewDate.toISOString().slice(0, 10)}/${page}`),
        orgId: ctx.orgs.helios,
        dealRoomId: dealRoomId("turkana"),
        documentId: documentId(sitting.document),
        viewerUserId: ctx.users[sitting.reader],
        viewerOrgId: ctx.orgs.northwind,
        pageNumber: page,
        seconds,
        viewDate,
        firstViewedAt: first,
        lastViewedAt: new Date(clock),
      };
    });
  });
}

/** Northwind's reading in the Turkana room; a second run adds nothing (stable ids, skipDuplicates). */
export async function seedDealRoomEngagement(db: FactoryDb, ctx: DemoContext) {
  await db.dealRoomPageView.createMany({ skipDuplicates: true, data: turkanaPageViewRows(ctx) });
}
