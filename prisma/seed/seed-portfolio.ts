import type { CovenantStatus } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { portfolioRootFolderId } from "../../lib/dataroom/rooms/portfolio-root-folder-id";
import type { StorageConfig } from "../../lib/storage/s3-client";
import { seedDemoDocuments } from "./demo-files/seed-demo-documents";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

export const portfolioId = demoId("northwind/portfolio/fund-1");
export const holdingId = (project: "kisumu" | "mtElgon") => demoId(`northwind/holding/${project}`);

/** Holding values the metric snapshots trend towards (today's NAV is the holding's current value). */
export const HOLDINGS = {
  kisumu: {
    investedOn: "2025-02-14",
    currency: "USD",
    committed: 2_400_000,
    invested: 2_400_000,
    current: 2_905_000,
    navNinetyDaysAgo: 2_842_000,
    ownershipPct: "40.0000",
  },
  mtElgon: {
    investedOn: "2026-03-06",
    currency: "EUR",
    committed: 8_500_000,
    invested: 6_120_000,
    current: 6_480_000,
    navNinetyDaysAgo: 6_305_000,
    ownershipPct: "35.0000",
  },
} as const;

type Covenant = {
  key: string;
  holding: keyof typeof HOLDINGS;
  name: string;
  metric: string;
  operator: ">=" | "<=";
  breach: string;
  warning: string;
  current: string;
  status: CovenantStatus;
  breachDate?: string;
  notes?: string;
};

const COVENANTS: Covenant[] = [
  { key: "kisumu-dscr", holding: "kisumu", name: "DSCR >= 1.20x", metric: "dscr", operator: ">=", breach: "1.2000", warning: "1.3000", current: "1.4100", status: "OK" },
  {
    key: "kisumu-collections",
    holding: "kisumu",
    name: "Lease collection rate >= 92%",
    metric: "lease_collection_rate_pct",
    operator: ">=",
    breach: "92.0000",
    warning: "95.0000",
    current: "89.5000",
    status: "BREACH",
    breachDate: "2026-11-05",
    notes: "Three school sites are 60+ days in arrears after a county budget delay. Helios expects to request a waiver.",
  },
  {
    key: "elgon-capex",
    holding: "mtElgon",
    name: "Capex overrun <= 10%",
    metric: "capex_overrun_pct",
    operator: "<=",
    breach: "10.0000",
    warning: "7.5000",
    current: "8.9000",
    status: "WARNING",
    notes: "Weir works delayed by the long rains; EPC variation claims under review.",
  },
  {
    key: "elgon-gearing",
    holding: "mtElgon",
    name: "Gearing <= 75%",
    metric: "gearing_pct",
    operator: "<=",
    breach: "75.0000",
    warning: "72.0000",
    current: "68.5000",
    status: "OK",
  },
];

/** Northwind's Fund I: two Helios holdings (one of them Mount Elgon hydro), covenants in every state, and a quarterly report. */
export async function seedPortfolio(db: FactoryDb, storage: StorageConfig, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  await db.portfolio.createMany({
    skipDuplicates: true,
    data: [
      {
        id: portfolioId,
        orgId: orgs.northwind,
        name: "Northwind Africa Energy Transition Fund I",
        currency: "USD",
        targetSize: "250000000.0000",
        vintageYear: 2025,
        strategy: "Infrastructure Equity",
        status: "ACTIVE",
        createdAt: day("2025-01-20"),
        updatedAt: daysAgo(1, 6),
        description: "Minority equity in renewable generation across East Africa, from late development to operation.",
      },
    ],
  });
  await db.portfolioHolding.createMany({
    skipDuplicates: true,
    data: (Object.keys(HOLDINGS) as (keyof typeof HOLDINGS)[]).map((key) => {
      const h = HOLDINGS[key];
      return {
        id: holdingId(key),
        portfolioId,
        orgId: orgs.northwind,
        projectId: projects[key].id,
        investmentDate: day(h.investedOn),
        committedAmount: h.committed.toFixed(4),
        investedAmount: h.invested.toFixed(4),
        currentValue: h.current.toFixed(4),
        currency: h.currency,
        ownershipPct: h.ownershipPct,
        status: "ACTIVE" as const,
        createdAt: day(h.investedOn),
        updatedAt: daysAgo(0, 5),
      };
    }),
  });
  await db.covenant.createMany({
    skipDuplicates: true,
    data: COVENANTS.map((c) => ({
      id: demoId(`northwind/covenant/${c.key}`),
      orgId: orgs.northwind,
      holdingId: holdingId(c.holding),
      name: c.name,
      metricName: c.metric,
      operator: c.operator,
      thresholdBreach: c.breach,
      thresholdWarning: c.warning,
      currentValue: c.current,
      status: c.status,
      lastCheckedAt: daysAgo(1, 5),
      breachDate: c.breachDate ? day(c.breachDate) : null,
      notes: c.notes ?? null,
      createdAt: day(HOLDINGS[c.holding].investedOn),
      updatedAt: daysAgo(1, 5),
    })),
  });

  // The fund's data room: its hidden root (see lib/dataroom/rooms) and a few top-level folders.
  const root = portfolioRootFolderId(portfolioId);
  const folder = (key: string) => demoId(`northwind/folder/${key}`);
  const opened = day("2025-01-21");
  await db.documentFolder.createMany({
    skipDuplicates: true,
    data: [
      { id: root, orgId: orgs.northwind, projectId: null, parentFolderId: null, name: "Northwind Africa Energy Transition Fund I", createdAt: opened, updatedAt: opened },
    ],
  });
  await db.documentFolder.createMany({
    skipDuplicates: true,
    data: [
      ["reports", "Quarterly reports"],
      ["fund", "Fund documents"],
      ["esg", "ESG monitoring"],
    ].map(([key, name]) => ({ id: folder(key!), orgId: orgs.northwind, projectId: null, parentFolderId: root, name: name!, createdAt: opened, updatedAt: opened })),
  });

  await seedDemoDocuments(db, storage, [
    {
      id: demoId("northwind/document/q3-2026-report"),
      content: "northwind-q3-report",
      orgId: orgs.northwind,
      portfolioId,
      folderId: folder("reports"),
      name: "Q3 2026 Quarterly Investor Report.pdf",
      metadata: { period: "2026-Q3" },
      uploadedBy: users.priya,
      classification: "CONFIDENTIAL",
      watermarkEnabled: true,
      createdAt: day("2026-10-20"),
      updatedAt: day("2026-10-20"),
    },
    {
      id: demoId("northwind/document/esg-monitoring-plan"),
      content: "northwind-esg-plan",
      orgId: orgs.northwind,
      portfolioId,
      folderId: folder("esg"),
      name: "Fund I - ESG Monitoring Plan 2026.docx",
      metadata: {},
      uploadedBy: users.priya,
      classification: "CONFIDENTIAL",
      createdAt: day("2026-02-02"),
      updatedAt: day("2026-02-02"),
    },
  ]);
}
