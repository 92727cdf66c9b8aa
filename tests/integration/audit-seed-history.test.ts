import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { listProjectHistory } from "@/lib/audit/list-project-history";
import { sentenceText } from "@/lib/audit/sentence-parts";
import type { AuditFeedEntry } from "@/lib/audit/types";
import { getStorage } from "@/lib/storage/s3-client";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { useTestStorage } from "../support/dataroom-routes";
import { db } from "../support/test-db";

const texts = (entries: AuditFeedEntry[]) => entries.map((e) => sentenceText(e.kind === "single" ? e.row.sentence : e.sentence));

async function amara(): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email: "amara@helios-renewables.example" }, include: { org: true } });
  const { org } = user;
  return { ...toTenantContext(user, org), request: { ipAddress: null, userAgent: null } };
}

describe("the demo seed's audit trail", () => {
  useTestStorage();
  let turkanaId: string;
  beforeAll(async () => {
    await seedDemoData(db, getStorage());
    turkanaId = (await db.project.findFirstOrThrow({ where: { slug: "turkana-solar-park", org: { slug: "helios-renewables" } } })).id;
  });

  it("tells Turkana's story in its history, with people, names and scores", async () => {
    const { page } = await listProjectHistory(await amara(), turkanaId, { page: 1, pageSize: 100 });
    const history = texts(page.entries);
    expect(history).toEqual(
      expect.arrayContaining([
        "Sarah Chen uploaded version 3 of Turkana Solar Park - Financial Model.xlsx",
        "Amara Okafor marked milestone “Land lease executed” complete on 18 Mar 2026",
        "Amara Okafor created project Turkana Solar Park",
        "Sarah Chen requested Signal Score version 3 of Turkana Solar Park",
        expect.stringMatching(/^Signal Score version 3 of Turkana Solar Park completed: [\d.]+ \((Strong|Investment ready)\)$/),
        "Amara Okafor started a redaction of Land Lease Agreement - Turkana County Government.pdf",
        "Sarah Chen earned the Score Climber badge on Turkana Solar Park",
      ]),
    );
    // Entries are dated by the rows they tell of, and the project exists before anything happens to it.
    const at = (text: string) => page.rows.find((r) => sentenceText(r.sentence) === text)?.at ?? "";
    expect(at("Sarah Chen uploaded Turkana Solar Park - Financial Model.xlsx")).toBe("2026-05-28T10:00:00.000Z");
    expect(at("Sarah Chen requested Signal Score version 3 of Turkana Solar Park") > at("Sarah Chen uploaded Turkana Solar Park - Financial Model.xlsx")).toBe(true);
    const created = at("Amara Okafor created project Turkana Solar Park");
    expect(created < at("Amara Okafor added milestone “Land lease executed” to Turkana Solar Park")).toBe(true);
    expect(
      at("Amara Okafor added milestone “Land lease executed” to Turkana Solar Park") < at("Amara Okafor marked milestone “Land lease executed” complete on 18 Mar 2026"),
    ).toBe(true);
    expect(page.rows.every((r) => r.at >= created)).toBe(true);
  });

  it("inserts nothing twice when the seed runs again", async () => {
    const count = () => db.auditLog.count({ where: { org: { slug: { in: ["helios-renewables", "andes-hydro-partners", "scr-platform-ops"] } } } });
    const before = await count();
    expect(before).toBeGreaterThan(30);
    await seedDemoData(db, getStorage());
    expect(await count()).toBe(before);
  });
});
