import type { ParsedFlows } from "./parse-flows";
import type { HoldingLedger } from "./parse-ledger-text";

/**
 * What parseFlowLists gives for the holdings' own ledgers, from the portfolio's ledger parsed once:
 * holding h's flows in ledger order are slots starts[h] to starts[h + 1]. positionOf maps a
 * ledger holding (holdingOf) to its place among the `holdings`, -1 for one not among them.
 */
export function groupFlowsByHolding({ ledger, holdingOf }: HoldingLedger, positionOf: Int32Array, holdings: number): { parsed: ParsedFlows; starts: Int32Array } {
  const places = new Int32Array(ledger.count);
  const starts = new Int32Array(holdings + 1);
  for (let i = 0; i < ledger.count; i += 1) {
    const holding = positionOf[holdingOf[i]!] ?? -1;
    places[i] = holding;
    if (holding >= 0) starts[holding + 1] += 1;
  }
  for (let h = 0; h < holdings; h += 1) starts[h + 1] += starts[h]!;
  const count = starts[holdings]!;
  const next = starts.slice(0, holdings);
  const roles = new Uint8Array(count);
  const days = new Int32Array(count);
  const units = new Float64Array(count);
  const source = new Array<{ day: string }>(count);
  for (let i = 0; i < ledger.count; i += 1) {
    const holding = places[i]!;
    if (holding < 0) continue;
    const slot = next[holding]!;
    next[holding] = slot + 1;
    roles[slot] = ledger.roles[i]!;
    days[slot] = ledger.days[i]!;
    units[slot] = ledger.units[i]!;
    source[slot] = ledger.source[i]!;
  }
  return { parsed: { count, roles, days, units, source }, starts };
}
