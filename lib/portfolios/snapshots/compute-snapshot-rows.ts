import { type BaseFlow, computeLedgerMetrics, holdingNav, portfolioNav } from "../ledger-metrics";
import type { IrrDto, LedgerMetricsDto } from "../portfolio-dtos";
import { SNAPSHOT_ENTITY, type SnapshotMetric } from "./snapshot-constants";

/** One portfolio's ledger in its currency, loaded once for any number of days. Flows in date order. */
export type SnapshotLedger = {
  orgId: string;
  portfolioId: string;
  currency: string;
  holdings: readonly { id: string; exitDay: string | null; flows: readonly BaseFlow[] }[];
};

export type SnapshotRow = {
  entityType: string;
  entityId: string;
  metricType: SnapshotMetric;
  /** Decimal text: money to 4 places, multiples and rates (a fraction: 0.12 is 12%) to 6. */
  value: string;
  currency: string | null;
  day: string;
  metadata: Record<string, string | number | null> | null;
};

/** numeric(19, 6) holds 13 digits before the point: a rate beyond that (a near-instant doubling) is left unwritten. */
const MAX_STORABLE = 1e12;

/**
 * Every snapshot row of a portfolio and its holdings for each of `days` (ascending), each as of
 * its day: flows dated on or before it, the NAV from the latest marks on or before it (dated by
 * them, as on the page), none from a holding exited on or before it. A holding with no flow yet
 * has no rows; an IRR that is undefined (fewer than two flows, one sign) has none either.
 *
 * Incremental: an entity's metrics change only on a day one of its flows falls on (or it exits),
 * so each is recomputed then and repeated otherwise; a ten-year range costs about as much as the
 * ledger's distinct days, not days x flows.
 */
export function computeSnapshotRows(ledger: SnapshotLedger, days: readonly string[], onDay?: (day: string, rows: SnapshotRow[]) => void): SnapshotRow[] {
  const all: SnapshotRow[] = [];
  const seen = ledger.holdings.map(() => -1);
  const held: { id: string; status: string; flows: readonly BaseFlow[] }[] = ledger.holdings.map((h) => ({ id: h.id, status: "ACTIVE", flows: [] }));
  const metrics = new Map<string, LedgerMetricsDto>();
  let portfolio: LedgerMetricsDto | null = null;
  for (const day of days) {
    let changed = false;
    ledger.holdings.forEach((holding, index) => {
      let upTo = Math.max(seen[index]!, 0);
      while (upTo < holding.flows.length && holding.flows[upTo]!.day <= day) upTo += 1;
      const status = holding.exitDay !== null && holding.exitDay <= day ? "EXITED" : "ACTIVE";
      if (upTo === seen[index] && status === held[index]!.status) return;
      seen[index] = upTo;
      held[index] = { id: holding.id, status, flows: holding.flows.slice(0, upTo) };
      if (upTo > 0) metrics.set(holding.id, computeLedgerMetrics(held[index]!.flows, holdingNav(status, held[index]!.flows)));
      changed = true;
    });
    if (changed || portfolio === null) {
      const flows = held.flatMap((h) => h.flows).sort((a, b) => a.day.localeCompare(b.day));
      portfolio = flows.length ? computeLedgerMetrics(flows, portfolioNav(held)) : null;
    }
    const rows: SnapshotRow[] = [];
    if (portfolio) rows.push(...rowsOf(SNAPSHOT_ENTITY.portfolio, ledger.portfolioId, portfolio, ledger.currency, day));
    for (const holding of held) {
      const m = holding.flows.length ? metrics.get(holding.id) : undefined;
      if (m) rows.push(...rowsOf(SNAPSHOT_ENTITY.holding, holding.id, m, ledger.currency, day));
    }
    onDay?.(day, rows);
    if (!onDay) all.push(...rows);
  }
  return all;
}

function rowsOf(entityType: string, entityId: string, m: LedgerMetricsDto, currency: string, day: string): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  const add = (metricType: SnapshotMetric, value: string | null, money: boolean, metadata: SnapshotRow["metadata"] = null) => {
    if (value === null || Math.abs(Number(value)) >= MAX_STORABLE) return;
    rows.push({ entityType, entityId, metricType, value, currency: money ? currency : null, day, metadata });
  };
  add("nav", m.nav, true, { navDay: m.navDay });
  add("net_irr", rate(m.netIrr), false, { spanDays: m.spanDays });
  add("gross_irr", rate(m.grossIrr), false, { spanDays: m.spanDays });
  add("moic", m.gross.moic, false, { basis: "gross" });
  add("tvpi", m.net.tvpi, false, { basis: "net" });
  add("dpi", m.net.dpi, false, { basis: "net" });
  add("rvpi", m.net.rvpi, false, { basis: "net" });
  add("paid_in", m.paidIn, true);
  add("distributed", m.distributed, true);
  return rows;
}

const rate = (irr: IrrDto) => (irr.kind === "rate" && Number.isFinite(irr.rate) ? irr.rate.toFixed(6) : null);

/** The UTC days from `from` to `to`, both included. */
export function daysBetweenInclusive(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); at <= end; at += 86_400_000) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}
