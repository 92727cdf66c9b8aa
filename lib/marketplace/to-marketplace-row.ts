import { Prisma } from "@/lib/db/generated/client";
import { type PageRow, SNIPPET_START, SNIPPET_STOP } from "./marketplace-search-rows";

export type SnippetSegment = { text: string; hit: boolean };

export type MarketplaceRow = {
  projectId: string;
  name: string;
  orgName: string;
  projectType: string;
  stage: string;
  country: string;
  region: string;
  currency: string;
  capacityMw: string | null;
  totalInvestmentRequired: string;
  /** Whole USD at the latest reference rate; null when the currency has none. */
  investmentUsd: string | null;
  signalScore: number | null;
  publishedAt: string;
  coordinates: { lat: number; lng: number } | null;
  /** Highlighted segments, not HTML: the page marks `hit` segments as text, so nothing typed in a project can inject markup. */
  snippet: SnippetSegment[] | null;
  /** Best overall_score of the org's active mandates for this project. */
  matchScore: number | null;
};

/** ts_headline's output cut at its markers: odd pieces are the words found. */
export function toSnippetSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const [index, piece] of headline.split(new RegExp(`[${SNIPPET_START}${SNIPPET_STOP}]`)).entries()) {
    if (piece) segments.push({ text: piece, hit: index % 2 === 1 });
  }
  return segments;
}

function readCoordinates(value: unknown): { lat: number; lng: number } | null {
  if (!value || typeof value !== "object") return null;
  const { lat, lng } = value as Record<string, unknown>;
  return typeof lat === "number" && typeof lng === "number" && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
}

/** Amounts arrive as numeric's text (4 places), so no float ever touches them. */
export function toMarketplaceRow(row: PageRow, usdFactors: Map<string, Prisma.Decimal>): MarketplaceRow {
  const factor = usdFactors.get(row.currency);
  return {
    projectId: row.project_id,
    name: row.name,
    orgName: row.org_name,
    projectType: row.project_type,
    stage: row.stage,
    country: row.geography_country,
    region: row.geography_region,
    currency: row.currency,
    capacityMw: row.capacity_mw,
    totalInvestmentRequired: row.total_investment_required,
    investmentUsd: factor ? new Prisma.Decimal(row.total_investment_required).mul(factor).toFixed(0) : null,
    signalScore: row.signal_score,
    publishedAt: row.published_at,
    coordinates: readCoordinates(row.geography_coordinates),
    snippet: row.headline === null ? null : toSnippetSegments(row.headline),
    matchScore: row.match_score,
  };
}
