/**
 * Recording one beacon of the deal room viewer (parseEngagementBatch + recordPageViews: the room
 * membership, the NDA, the document's place in the room, the upsert) in a room that already holds
 * 50 viewers × 200 documents × 20 pages of views, with a second ally's room of the same size in the
 * same table. What the route adds on top is the session lookup every signed-in route pays. Goal
 * (issue 15): engagement recording adds under 5 ms p95 to a page view, on the embedded database and
 * on PostgreSQL.
 */
import type { Actor } from "../lib/auth/actor";
import { toTenantContext } from "../lib/auth/to-tenant-context";
import type { DbClient } from "../lib/db/create-db-client";
import { ndaSha256 } from "../lib/deal-rooms/nda-sha256";
import { createOrg, createProject, createUser } from "../prisma/factories";
import type { BenchDatabase } from "./databases";
import { measure, type Timing } from "./measure";

export const ENGAGEMENT_BUDGET_P95_MS = 5;
const INVESTOR_ORGS = 5;
const VIEWERS_PER_ORG = 10;
const DOCUMENTS = 200;
const PAGES = 20;
const NDA = "Mutual NDA for the engagement bench.";

export type EngagementBenchReport = { backend: string; priorViews: number; seedSeconds: number; rows: { name: string; timing: Timing }[]; budgetP95Ms: number };

type Room = { roomId: string; documentIds: string[]; viewers: Actor[] };

/** An ally with one room: DOCUMENTS shared PDFs of PAGES pages, INVESTOR_ORGS member orgs of VIEWERS_PER_ORG users who accepted the NDA, and their prior views. */
export async function seedRoom(db: DbClient, slug: string): Promise<Room> {
  const ally = await createOrg(db, { name: `Engagement Bench ${slug}`, slug, type: "ALLY" });
  const owner = await createUser(db, { orgId: ally.id, role: "admin" });
  const project = await createProject(db, { orgId: ally.id, name: `Engagement Bench ${slug} project` });
  const room = await db.dealRoom.create({
    data: { projectId: project.id, allyOrgId: ally.id, createdBy: owner.id, name: "Bench room", ndaRequired: true, ndaText: NDA },
  });
  const viewers: Actor[] = [];
  for (let o = 0; o < INVESTOR_ORGS; o += 1) {
    const org = await createOrg(db, { name: `Engagement Bench ${slug} investor ${o}`, slug: `${slug}-investor-${o}`, type: "INVESTOR" });
    await db.dealRoomMember.create({ data: { dealRoomId: room.id, orgId: org.id, invitedBy: owner.id, accessLevel: "viewer", canSeeFinancial: o % 2 === 0 } });
    for (let u = 0; u < VIEWERS_PER_ORG; u += 1) {
      const user = await createUser(db, { orgId: org.id, role: "analyst" });
      await db.ndaAcceptance.create({ data: { dealRoomId: room.id, userId: user.id, orgId: org.id, typedName: user.fullName, ndaSha256: ndaSha256(NDA) } });
      viewers.push({ ...toTenantContext(user, org), request: { ipAddress: "127.0.0.1", userAgent: "npm run bench" } });
    }
  }
  const documents = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO documents (org_id, project_id, name, file_type, mime_type, s3_key, s3_bucket, file_size_bytes, status, uploaded_by, checksum_sha256, classification, updated_at)
    SELECT ${ally.id}::uuid, ${project.id}::uuid, 'Study ' || n || '.pdf', 'pdf', 'application/pdf', 'bench/' || n, 'bench', 1000, 'READY'::document_status, ${owner.id}::uuid,
           lpad(to_hex(n), 64, '0'), CASE WHEN n % 2 = 0 THEN 'PUBLIC' ELSE 'CONFIDENTIAL' END::document_classification, now()
    FROM generate_series(1, ${DOCUMENTS}) n
    RETURNING id::text AS id`;
  const documentIds = documents.map((d) => d.id);
  await db.$executeRaw`
    INSERT INTO document_extractions (document_id, extraction_type, status, page_count, updated_at)
    SELECT d, 'TEXT', 'COMPLETED', ${PAGES}, now() FROM unnest(${documentIds}::uuid[]) d`;
  await db.$executeRaw`
    INSERT INTO deal_room_documents (deal_room_id, document_id, is_financial, shared_by)
    SELECT ${room.id}::uuid, d, n % 10 = 0, ${owner.id}::uuid FROM unnest(${documentIds}::uuid[]) WITH ORDINALITY AS s(d, n)`;
  // Each viewer read each page of each document once, on one of the last 30 days.
  await db.$executeRaw`
    INSERT INTO deal_room_page_views (org_id, deal_room_id, document_id, viewer_user_id, viewer_org_id, page_number, seconds, view_date, first_viewed_at, last_viewed_at)
    SELECT ${ally.id}::uuid, ${room.id}::uuid, d.id, u.id, u.org_id, p, 5 + abs(hashint4((p * 7919 + d.n)::int)::bigint) % 120,
           (now() AT TIME ZONE 'UTC')::date - (1 + abs(hashint4((d.n * 31 + p)::int)::bigint) % 30)::int, now() - interval '2 days', now() - interval '2 days'
    FROM unnest(${documentIds}::uuid[]) WITH ORDINALITY AS d(id, n)
    CROSS JOIN (SELECT id, org_id FROM users WHERE id = ANY(${viewers.map((v) => v.user.id)}::uuid[])) u
    CROSS JOIN generate_series(1, ${PAGES}) p`;
  return { roomId: room.id, documentIds, viewers };
}

export async function runEngagementBench(database: BenchDatabase, options: { warmup: number; iterations: number }): Promise<EngagementBenchReport> {
  const { parseEngagementBatch } = await import("../lib/deal-rooms/engagement/parse-engagement-batch");
  const { recordPageViews } = await import("../lib/deal-rooms/engagement/record-page-views");
  const started = performance.now();
  const room = await seedRoom(database.db, "engagement-bench-ally");
  await seedRoom(database.db, "engagement-bench-neighbour");
  await database.db.$executeRawUnsafe(
    "VACUUM ANALYZE deal_room_page_views, deal_rooms, deal_room_members, deal_room_documents, nda_acceptances, documents, document_extractions",
  );
  const seedSeconds = (performance.now() - started) / 1000;
  const priorViews = await database.db.dealRoomPageView.count({ where: { dealRoomId: room.roomId } });

  // Viewers of the orgs without the financial permission read only what they may open. A reader's
  // first beacon on a page that day inserts its rows; the next ones, every 15 s, add to them.
  const openable = room.documentIds.filter((_, index) => (index + 1) % 10 !== 0);
  const beacon = async (call: number) => {
    const viewer = room.viewers[call % room.viewers.length]!;
    const documentId = openable[(call * 7) % openable.length]!;
    const page = 1 + (call % PAGES);
    const body = JSON.stringify({
      pages: [
        { page, ms: 9_000 },
        { page: (page % PAGES) + 1, ms: 6_000 },
      ],
    });
    const request = new Request("http://localhost/bench", { method: "POST", body, headers: { "content-type": "text/plain;charset=UTF-8" } });
    if ((await recordPageViews(viewer, room.roomId, documentId, await parseEngagementBatch(request))) !== 2)
      throw new Error("the engagement bench's beacon was not recorded");
  };
  let call = 0;
  const firstView = await measure(() => beacon((call += 1)), options);
  let again = 0;
  const continued = await measure(() => beacon(1 + ((again += 1) % 20)), options);
  return {
    backend: database.backend,
    priorViews,
    seedSeconds,
    rows: [
      { name: "first beacon on a page today", timing: firstView },
      { name: "continued reading", timing: continued },
    ],
    budgetP95Ms: ENGAGEMENT_BUDGET_P95_MS,
  };
}

export function formatEngagementBenchReport(report: EngagementBenchReport): string {
  const ms = (value: number) => value.toFixed(2).padStart(8);
  return [
    `deal room engagement on ${report.backend}: a 2-page beacon recorded in a room of ${report.priorViews.toLocaleString("en")} page views (and a neighbour room as large), seeded in ${report.seedSeconds.toFixed(1)} s`,
    `${"case".padEnd(30)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}  budget`,
    ...report.rows.map(
      (row) =>
        `${row.name.padEnd(30)}${ms(row.timing.p50)}${ms(row.timing.p95)}${ms(row.timing.p99)}  p95 < ${report.budgetP95Ms}: ${row.timing.p95 < report.budgetP95Ms ? "ok" : "OVER"}`,
    ),
  ].join("\n");
}

export function engagementBenchFailed(reports: EngagementBenchReport[]): boolean {
  return reports.some((report) => report.rows.some((row) => row.timing.p95 >= report.budgetP95Ms));
}
