/**
 * A mandate's fixed choices and limits. Zod-free and free of the database, so the mandate form
 * (a client component) can import them; lib/matching/mandates/schemas validates against the same lists.
 */
export const INSTRUMENT_TYPES = ["equity", "mezzanine", "debt", "convertible", "grant", "guarantee"] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

export const INSTRUMENT_LABELS: Record<InstrumentType, string> = {
  equity: "Equity",
  mezzanine: "Mezzanine",
  debt: "Senior debt",
  convertible: "Convertible",
  grant: "Grant",
  guarantee: "Guarantee",
};

export const RISK_TOLERANCES = ["CONSERVATIVE", "MODERATE", "AGGRESSIVE"] as const;
export type RiskToleranceName = (typeof RISK_TOLERANCES)[number];

export const RISK_TOLERANCE_LABELS: Record<RiskToleranceName, { label: string; hint: string }> = {
  CONSERVATIVE: { label: "Conservative", hint: "A project earlier than your stages scores nothing on stage; a later one still scores." },
  MODERATE: { label: "Moderate", hint: "A project a stage earlier or later than yours scores partly." },
  AGGRESSIVE: { label: "Aggressive", hint: "A project earlier than your stages still scores well; a later one less." },
};

export const MANDATE_LIMITS = {
  name: 255,
  description: 5_000,
  exclusions: 50,
  exclusionLength: 100,
  comment: 2_000,
} as const;

/** Matches shown per page of a mandate. */
export const MANDATE_MATCHES_PAGE_SIZE = 20;
/** Mandates shown per page of the list. */
export const MANDATES_PAGE_SIZE = 50;
/** The rescoring job runs right after a change: until then a mandate without matches says so. */
export const MATCHING_SETTLE_MS = 60_000;
