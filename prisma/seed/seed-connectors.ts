import { randomBytes } from "node:crypto";
import { fernetEncrypt } from "../../lib/crypto/fernet";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

/** The platform's connector catalogue: public data sources a climate-finance analyst actually uses. */
export const CONNECTORS = [
  {
    name: "nasa_power",
    displayName: "NASA POWER Solar & Meteorology",
    category: "weather",
    description: "Daily and climatological solar irradiance, temperature and wind from NASA's Prediction of Worldwide Energy Resources.",
    baseUrl: "https://power.larc.nasa.gov/api",
    authType: "none",
    pricingTier: "free",
    rateLimitPerMinute: 30,
    documentationUrl: "https://power.larc.nasa.gov/docs/services/api/",
    isAvailable: true,
  },
  {
    name: "world_bank_wdi",
    displayName: "World Bank Development Indicators",
    category: "market_data",
    description: "Country macro, energy-access and electricity-price indicators.",
    baseUrl: "https://api.worldbank.org/v2",
    authType: "none",
    pricingTier: "free",
    rateLimitPerMinute: 60,
    documentationUrl: "https://datahelpdesk.worldbank.org/knowledgebase/articles/889392",
    isAvailable: true,
  },
  {
    name: "electricity_maps",
    displayName: "Electricity Maps Carbon Intensity",
    category: "esg",
    description: "Hourly grid carbon intensity and power breakdown by zone, for avoided-emissions estimates.",
    baseUrl: "https://api.electricitymap.org/v3",
    authType: "api_key",
    pricingTier: "professional",
    rateLimitPerMinute: 30,
    documentationUrl: "https://static.electricitymaps.com/api/docs/index.html",
    isAvailable: true,
  },
  {
    name: "solcast",
    displayName: "Solcast Irradiance & PV Forecasts",
    category: "energy",
    description: "Satellite-based irradiance time series and PV power forecasts for yield checks.",
    baseUrl: "https://api.solcast.com.au",
    authType: "api_key",
    pricingTier: "enterprise",
    rateLimitPerMinute: 20,
    documentationUrl: "https://docs.solcast.com.au/",
    isAvailable: true,
  },
  {
    name: "opencorporates",
    displayName: "OpenCorporates Company Registry",
    category: "company",
    description: "Company records and officers for counterparty KYC.",
    baseUrl: "https://api.opencorporates.com/v0.4",
    authType: "api_key",
    pricingTier: "professional",
    rateLimitPerMinute: 50,
    documentationUrl: "https://api.opencorporates.com/documentation/API-Reference",
    isAvailable: true,
  },
  {
    name: "irena_stats",
    displayName: "IRENASTAT Renewable Capacity & Costs",
    category: "market_data",
    description: "Installed capacity, generation and levelised cost statistics by country and technology.",
    baseUrl: "https://pxweb.irena.org/api/v1/en",
    authType: "none",
    pricingTier: "free",
    rateLimitPerMinute: 10,
    documentationUrl: "https://pxweb.irena.org/pxweb/en/IRENASTAT",
    isAvailable: false,
  },
] as const;

type ConnectorName = (typeof CONNECTORS)[number]["name"];

/** The catalogue, which connectors Helios and Northwind switched on (keys Fernet-encrypted), and their recent calls. */
export async function seedConnectors(db: FactoryDb, ctx: DemoContext) {
  const { orgs } = ctx;
  const catalogueDate = day("2025-09-01");
  await db.dataConnector.createMany({
    skipDuplicates: true,
    data: CONNECTORS.map((c) => ({ id: demoId(`connector/${c.name}`), ...c, createdAt: catalogueDate, updatedAt: catalogueDate })),
  });
  // Connectors are keyed by name: an operator may have added one before the seed did.
  const rows = await db.dataConnector.findMany({ where: { name: { in: CONNECTORS.map((c) => c.name) } }, select: { id: true, name: true } });
  const connector = (name: ConnectorName) => rows.find((r) => r.name === name)!.id;
  const demoApiKey = () => fernetEncrypt(`demo-${randomBytes(16).toString("hex")}`);

  type Config = [
    org: keyof typeof orgs,
    name: ConnectorName,
    enabled: boolean,
    encryptedKey: string | null,
    config: object,
    lastSync: Date | null,
    lastError: string | null,
    calls: number,
  ];
  const configs: Config[] = [
    ["helios", "nasa_power", true, null, { parameters: ["ALLSKY_SFC_SW_DWN", "T2M"], community: "RE" }, daysAgo(1, 3), null, 412],
    ["helios", "solcast", true, demoApiKey(), { sites: ["turkana-solar-park"], period: "PT30M" }, daysAgo(0, 3), null, 1_286],
    ["northwind", "world_bank_wdi", true, null, { indicators: ["EG.ELC.ACCS.ZS", "EG.USE.ELEC.KH.PC"], countries: ["KE", "UG", "CL"] }, daysAgo(2, 4), null, 96],
    ["northwind", "opencorporates", true, demoApiKey(), { jurisdictions: ["ke", "ug", "cl"] }, daysAgo(6, 9), null, 37],
    ["northwind", "electricity_maps", false, demoApiKey(), { zones: ["KE"] }, daysAgo(15, 4), "401 Unauthorized: the API key was revoked by its owner.", 0],
  ];
  await db.orgConnectorConfig.createMany({
    skipDuplicates: true,
    data: configs.map(([org, name, isEnabled, apiKeyEncrypted, config, lastSyncAt, lastError, totalCallsThisMonth]) => ({
      id: demoId(`connector-config/${org}/${name}`),
      orgId: orgs[org],
      connectorId: connector(name),
      isEnabled,
      apiKeyEncrypted,
      config,
      lastSyncAt,
      lastError,
      totalCallsThisMonth,
      createdAt: daysAgo(120, 9),
      updatedAt: lastSyncAt ?? daysAgo(120, 9),
    })),
  });

  type Fetch = [key: string, org: keyof typeof orgs, name: ConnectorName, endpoint: string, status: number | null, ms: number | null, at: Date, error?: string];
  const fetches: Fetch[] = [
    ["nasa-daily", "helios", "nasa_power", "/temporal/daily/point?latitude=3.1191&longitude=35.5973&parameters=ALLSKY_SFC_SW_DWN,T2M", 200, 842, daysAgo(1, 3)],
    ["nasa-climatology", "helios", "nasa_power", "/temporal/climatology/point?latitude=3.1191&longitude=35.5973", 200, 1_310, daysAgo(8, 3)],
    ["solcast-history", "helios", "solcast", "/data/historic/radiation_and_weather?latitude=3.1191&longitude=35.5973&period=PT30M", 200, 2_204, daysAgo(0, 3)],
    [
      "solcast-throttled",
      "helios",
      "solcast",
      "/data/forecast/rooftop_pv_power?latitude=3.1191&longitude=35.5973",
      429,
      118,
      daysAgo(2, 3),
      "Too Many Requests: daily quota exhausted",
    ],
    ["wdi-access", "northwind", "world_bank_wdi", "/country/KE;UG;CL/indicator/EG.ELC.ACCS.ZS?format=json&date=2020:2025", 200, 655, daysAgo(2, 4)],
    ["opencorp-helios", "northwind", "opencorporates", "/companies/search?q=Turkana+Solar+Park&jurisdiction_code=ke", 200, 930, daysAgo(6, 9)],
    [
      "emaps-revoked",
      "northwind",
      "electricity_maps",
      "/carbon-intensity/history?zone=KE",
      401,
      204,
      daysAgo(15, 4),
      "401 Unauthorized: the API key was revoked by its owner.",
    ],
    ["emaps-timeout", "northwind", "electricity_maps", "/carbon-intensity/latest?zone=KE", null, null, daysAgo(16, 4), "Request timed out after 10000 ms"],
  ];
  await db.dataFetchLog.createMany({
    skipDuplicates: true,
    data: fetches.map(([key, org, name, endpoint, statusCode, responseTimeMs, createdAt, errorMessage]) => ({
      id: demoId(`connector-fetch/${key}`),
      orgId: orgs[org],
      connectorId: connector(name),
      endpoint,
      statusCode,
      responseTimeMs,
      errorMessage: errorMessage ?? null,
      createdAt,
    })),
  });
}
