import type { Prisma } from "../../lib/db/generated/client";
import { type FactoryDb, generateApiKey } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

/**
 * API keys, feature flags and custom domains. The demo API keys are generated and discarded:
 * only their hash and prefix are stored, so nobody can use them; create a real one in the app.
 */
export async function seedPlatformSettings(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users } = ctx;
  type Key = [
    key: string,
    org: keyof typeof orgs,
    by: keyof typeof users,
    name: string,
    scopes: string[],
    rateLimit: number | null,
    expires: Date | null,
    lastUsed: Date | null,
    active: boolean,
    created: Date,
  ];
  const keys: Key[] = [
    [
      "northwind/reporting",
      "northwind",
      "james",
      "Portfolio reporting sync (Power BI)",
      ["portfolios:read", "metrics:read"],
      null,
      null,
      daysAgo(0, 6),
      true,
      daysAgo(95, 10),
    ],
    [
      "northwind/old-reporting",
      "northwind",
      "james",
      "Reporting sync (rotated)",
      ["portfolios:read", "metrics:read"],
      null,
      null,
      daysAgo(96, 6),
      false,
      daysAgo(300, 10),
    ],
    [
      "helios/ci-uploader",
      "helios",
      "amara",
      "Data room uploader (CI)",
      ["documents:write", "projects:read"],
      120,
      day("2027-05-31"),
      daysAgo(12, 10),
      true,
      daysAgo(140, 10),
    ],
  ];
  await db.apiKey.createMany({
    skipDuplicates: true,
    data: keys.map(([key, org, by, name, scopes, rateLimitOverride, expiresAt, lastUsedAt, isActive, createdAt]) => {
      const { keyHash, keyPrefix } = generateApiKey();
      return {
        id: demoId(`api-key/${key}`),
        orgId: orgs[org],
        createdBy: users[by],
        name,
        keyHash,
        keyPrefix,
        scopes,
        rateLimitOverride,
        expiresAt,
        lastUsedAt,
        isActive,
        createdAt,
        updatedAt: lastUsedAt ?? createdAt,
      };
    }),
  });

  type Flag = [org: keyof typeof orgs, featureKey: string, enabled: boolean, config: Prisma.InputJsonValue | null];
  const flags: Flag[] = [
    ["helios", "blockchain_audit", true, { network: "polygon", batchSize: 16 }],
    ["helios", "ai_redaction", true, { minConfidence: 0.85 }],
    ["helios", "ralph_chat", true, null],
    ["northwind", "crm_sync", true, { providers: ["hubspot"] }],
    ["northwind", "covenant_alerts", true, { channels: ["email", "webhook"], warnAtPct: 90 }],
    ["northwind", "blockchain_audit", false, null],
    ["northwind", "white_label", true, { primaryColor: "#1e3a8a", hidePoweredBy: false }],
    ["andes", "ralph_chat", false, null],
    ["platform", "ai_cost_dashboard", true, { alertAtBudgetPct: 80 }],
  ];
  await db.featureFlag.createMany({
    skipDuplicates: true,
    data: flags.map(([org, featureKey, isEnabled, config]) => ({
      id: demoId(`feature-flag/${org}/${featureKey}`),
      orgId: orgs[org],
      featureKey,
      isEnabled,
      config: config ?? undefined,
      createdAt: daysAgo(60, 9),
      updatedAt: daysAgo(60, 9),
    })),
  });

  await db.customDomain.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("custom-domain/northwind"),
        orgId: orgs.northwind,
        domain: "invest.northwind-capital.example",
        sslStatus: "ACTIVE",
        acmCertificateArn: `arn:aws:acm:eu-west-1:123456789012:certificate/${demoId("acm/northwind")}`,
        isActive: true,
        createdAt: daysAgo(80, 9),
        updatedAt: daysAgo(79, 9),
      },
      {
        id: demoId("custom-domain/helios"),
        orgId: orgs.helios,
        domain: "dataroom.helios-renewables.example",
        sslStatus: "PENDING",
        acmCertificateArn: null,
        isActive: false,
        createdAt: daysAgo(2, 9),
        updatedAt: daysAgo(2, 9),
      },
    ],
  });
}
