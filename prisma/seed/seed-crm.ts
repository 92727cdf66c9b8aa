import { randomUUID } from "node:crypto";
import { fernetEncrypt } from "../../lib/crypto/fernet";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, daysFromNow, demoId } from "./demo-ids";
import { matchId } from "./seed-matching";

const hubspotId = demoId("northwind/crm/hubspot");
const salesforceId = demoId("helios/crm/salesforce");

/**
 * Northwind syncs deals with HubSpot; Helios' Salesforce connection lost its session. The demo
 * tokens are random and point nowhere; they are stored Fernet-encrypted like real ones.
 */
export async function seedCrm(db: FactoryDb, ctx: DemoContext) {
  const { orgs, projects } = ctx;
  await db.crmConnection.createMany({
    skipDuplicates: true,
    data: [
      {
        id: hubspotId,
        orgId: orgs.northwind,
        provider: "hubspot",
        accessToken: fernetEncrypt(`demo-hubspot-access-${randomUUID()}`),
        refreshToken: fernetEncrypt(`demo-hubspot-refresh-${randomUUID()}`),
        tokenExpiresAt: daysFromNow(0, 12.5),
        portalId: "24681357",
        fieldMappings: {
          dealname: "project.name",
          amount: "project.total_investment_required",
          dealstage: "match.status",
          country: "project.geography_country",
          hs_priority: "match.overall_score",
        },
        syncFrequency: "hourly",
        syncDirection: "bidirectional",
        lastSyncAt: daysAgo(0, 11),
        isActive: true,
        createdAt: daysAgo(120, 9),
        updatedAt: daysAgo(0, 11),
      },
      {
        id: salesforceId,
        orgId: orgs.helios,
        provider: "salesforce",
        accessToken: fernetEncrypt(`demo-salesforce-access-${randomUUID()}`),
        refreshToken: fernetEncrypt(`demo-salesforce-refresh-${randomUUID()}`),
        tokenExpiresAt: daysAgo(22, 8),
        instanceUrl: "https://helios-renewables.my.salesforce.example",
        fieldMappings: { Name: "project.name", Amount: "project.total_investment_required", StageName: "project.stage", Country__c: "project.geography_country" },
        syncFrequency: "daily",
        syncDirection: "push",
        lastSyncAt: daysAgo(22, 2),
        isActive: false,
        createdAt: daysAgo(200, 9),
        updatedAt: daysAgo(22, 2),
      },
    ],
  });

  type Log = [
    key: string,
    connection: string,
    direction: "push" | "pull",
    entity: string,
    scrId: string | null,
    crmId: string | null,
    status: string,
    records: number,
    at: Date,
    error?: string,
  ];
  const logs: Log[] = [
    ["hs-contacts", hubspotId, "pull", "Contact", null, null, "success", 42, daysAgo(0, 11)],
    ["hs-turkana-deal", hubspotId, "push", "Deal", matchId("turkana"), "17283940112", "success", 1, daysAgo(0, 11)],
    ["hs-rift-deal", hubspotId, "push", "Deal", matchId("riftValley"), "17283940377", "skipped", 0, daysAgo(0, 11), "Deal is closed-lost in HubSpot; not overwritten."],
    ["hs-companies", hubspotId, "pull", "Company", null, null, "failed", 0, daysAgo(0, 10), "HubSpot API 429: secondly rate limit reached; retried next cycle."],
    ["sf-projects-ok", salesforceId, "push", "Project", projects.turkana.id, "006Dn00000A1b2cIAB", "success", 6, daysAgo(23, 2)],
    [
      "sf-projects-expired",
      salesforceId,
      "push",
      "Project",
      null,
      null,
      "failed",
      0,
      daysAgo(22, 2),
      "INVALID_SESSION_ID: Session expired or invalid. Reconnect Salesforce.",
    ],
  ];
  await db.crmSyncLog.createMany({
    skipDuplicates: true,
    data: logs.map(([key, connectionId, direction, entityType, scrEntityId, crmEntityId, status, recordsProcessed, createdAt, errorMessage]) => ({
      id: demoId(`crm/sync/${key}`),
      connectionId,
      direction,
      entityType,
      scrEntityId,
      crmEntityId,
      status,
      recordsProcessed,
      createdAt,
      errorMessage: errorMessage ?? null,
    })),
  });
}
