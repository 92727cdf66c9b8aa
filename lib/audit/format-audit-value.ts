import { MATCH_DIMENSION_LABELS, MATCH_DIMENSIONS } from "@/lib/matching/engine/match-dimensions";
import { INSTRUMENT_LABELS, type InstrumentType } from "@/lib/matching/mandates/mandate-options";
import { MILESTONE_STATUS_LABEL, type MilestoneStatus } from "@/lib/milestones/milestone-constants";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { formatMoney } from "@/lib/utils/format-money";
import type { Json, JsonObject } from "./types";

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

/** Enum values by the field that holds them; one label scale with the rest of the app. */
const ENUM_LABELS: Record<string, (value: string) => string> = {
  stage: titleCase,
  projectType: projectTypeLabel,
  classification: (value) => (value === "TOP_SECRET" ? "Top secret" : titleCase(value)),
  type: (value) => (value === "ALLY" ? "Ally" : value === "INVESTOR" ? "Investor" : titleCase(value)),
  // A mandate's lists and choices.
  projectTypes: projectTypeLabel,
  stages: titleCase,
  riskTolerance: titleCase,
};

/** `status` means different things on different entities: a milestone's has its own labels. */
function statusLabel(value: string, entityType: string): string {
  if (entityType === "ProjectMilestone" && value in MILESTONE_STATUS_LABEL) return MILESTONE_STATUS_LABEL[value as MilestoneStatus];
  return titleCase(value);
}

const MONEY_FIELDS = new Set(["totalInvestmentRequired", "estimatedAmount", "actualAmount", "amount", "ticketSizeMin", "ticketSizeMax"]);
const PERCENT_FIELDS = new Set(["completionPct", "gearingPct", "pct", "targetIrrPct"]);
const UNIT_FIELDS: Record<string, string> = { capacityMw: "MW" };
const DECIMAL = /^-?\d+\.\d+$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

// Spelled out rather than Intl's en-GB, which writes September "Sept": the app writes "Sep", like date-fns.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-20" or an ISO instant -> "20 Nov 2026" (UTC), the way the app writes dates. */
export function formatDay(iso: string): string {
  const date = new Date(ISO_DAY.test(iso) ? `${iso}T00:00:00Z` : iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** An instant with its time of day, in UTC: "20 Nov 2026, 14:05 UTC". */
export function formatInstant(iso: string, withSeconds = false): string {
  const date = new Date(iso);
  const seconds = withSeconds ? `:${pad(date.getUTCSeconds())}` : "";
  return `${formatDay(iso)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds} UTC`;
}

/** "60.0000" -> "60", "48.5000" -> "48.5", "1250000.0000" -> "1,250,000": stored precision is not news to anyone. */
export function formatDecimal(value: string | number): string {
  const text = typeof value === "number" ? String(value) : value;
  const [whole, fraction = ""] = text.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return trimmed ? `${grouped}.${trimmed}` : grouped;
}

/**
 * One recorded value as a person reads it: enum labels, money with its currency (from the same
 * side of the change, else the entity's), trimmed decimals, percentages, dates as "20 Nov 2026".
 * `side` is the object the value came from, so `estimatedAmount` finds its `currency`.
 */
export function formatAuditValue(
  field: string,
  value: Json | undefined,
  context: { entityType?: string; side?: JsonObject | null; currency?: string | null } = {},
): string {
  if (value === null || value === undefined || value === "") return "empty";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((item) => formatAuditValue(field, item, context)).join(", ");
  if (typeof value === "object" && field === "dimensionWeights") return formatWeights(value);
  if (typeof value === "object") return JSON.stringify(value);
  if (field === "instrumentTypes" && Object.hasOwn(INSTRUMENT_LABELS, value)) return INSTRUMENT_LABELS[value as InstrumentType];
  const currency = typeof context.side?.currency === "string" ? context.side.currency : context.currency;
  const numeric = typeof value === "number" || DECIMAL.test(value) || /^-?\d+$/.test(value);
  if (MONEY_FIELDS.has(field) && numeric) return currency ? formatMoney(String(value), currency.trim()) : formatDecimal(value);
  if (PERCENT_FIELDS.has(field) && numeric) return `${formatDecimal(value)}%`;
  if (UNIT_FIELDS[field] && numeric) return `${formatDecimal(value)} ${UNIT_FIELDS[field]}`;
  if (typeof value === "number") return formatDecimal(value);
  if (field === "status") return statusLabel(value, context.entityType ?? "");
  if (field === "role") return titleCase(value.toUpperCase());
  if (ENUM_LABELS[field] && /^[A-Z][A-Z0-9_]*$/.test(value)) return ENUM_LABELS[field](value);
  if (DECIMAL.test(value)) return formatDecimal(value);
  if (ISO_DAY.test(value)) return formatDay(value);
  if (ISO_INSTANT.test(value)) return formatInstant(value);
  return value;
}

/** A mandate's weights as points per dimension, in the app's order (jsonb keeps keys in its own): "Geography 25, Sector 20, ...". */
function formatWeights(weights: JsonObject): string {
  return MATCH_DIMENSIONS.filter((dimension) => dimension in weights)
    .map((dimension) => `${MATCH_DIMENSION_LABELS[dimension]} ${String(weights[dimension])}`)
    .join(", ");
}

/** "totalInvestmentRequired" -> "total investment required"; "isActive" -> "active". */
export function fieldWords(field: string): string {
  const known: Record<string, string> = {
    capacityMw: "capacity",
    geographyCountry: "country",
    geographyRegion: "region",
    completionPct: "progress",
    coverImageKey: "cover image",
    logoUrl: "logo",
    estimatedAmount: "estimate",
    actualAmount: "actual amount",
    projectType: "technology",
    fullName: "name",
    projectTypes: "technologies",
    ticketSizeMin: "minimum ticket",
    ticketSizeMax: "maximum ticket",
    targetIrrPct: "target IRR",
    esgRequirements: "ESG requirements",
    instrumentTypes: "instruments",
    dimensionWeights: "weights",
  };
  if (known[field]) return known[field];
  return field
    .replace(/^is(?=[A-Z])/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();
}
