import { Card, CardContent } from "@/components/ui/card";
import { MATCH_DIMENSION_LABELS, MATCH_DIMENSIONS } from "@/lib/matching/engine/match-dimensions";
import { INSTRUMENT_LABELS, type InstrumentType, RISK_TOLERANCE_LABELS } from "@/lib/matching/mandates/mandate-options";
import type { MandateDto } from "@/lib/matching/mandates/to-mandate-dto";
import { geographiesText, sectorsText, stagesText, ticketRangeText } from "./mandate-facts";
import { trimDecimal } from "./mandate-form-values";

const instrumentLabel = (type: string) => INSTRUMENT_LABELS[type as InstrumentType] ?? type;

function esgText({ minEsgScore, ifcPerformanceStandards, requireFpic }: MandateDto["esgRequirements"]): string {
  const parts = [
    minEsgScore === null ? null : `ESG score ${minEsgScore}+`,
    ifcPerformanceStandards ? "IFC Performance Standards" : null,
    requireFpic ? "FPIC" : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "None";
}

/** What the mandate says, as the facts the engine scores against. */
export function MandateSummary({ mandate }: { mandate: MandateDto }) {
  const facts: [string, string][] = [
    ["Technologies", sectorsText(mandate.projectTypes)],
    ["Stages", stagesText(mandate.stages)],
    ["Geographies", geographiesText(mandate.geographies)],
    ["Excluded geographies", mandate.excludedGeographies.length ? geographiesText(mandate.excludedGeographies) : "None"],
    ["Ticket", `${ticketRangeText(mandate.ticketSizeMin, mandate.ticketSizeMax, mandate.currency)} (${mandate.currency})`],
    ["Target IRR", mandate.targetIrrPct ? `${trimDecimal(mandate.targetIrrPct)}%` : "Not set"],
    ["Instruments", mandate.instrumentTypes.length ? mandate.instrumentTypes.map(instrumentLabel).join(", ") : "Any"],
    ["Risk tolerance", RISK_TOLERANCE_LABELS[mandate.riskTolerance].label],
    ["ESG requirements", esgText(mandate.esgRequirements)],
    ["Exclusions", mandate.exclusions.length ? mandate.exclusions.join(", ") : "None"],
    ["Weights", MATCH_DIMENSIONS.map((d) => `${MATCH_DIMENSION_LABELS[d]} ${mandate.dimensionWeights[d]}`).join(" · ")],
    ["Discoverable", mandate.isDiscoverable ? "Yes: allies see a short profile and may propose projects" : "No"],
  ];
  return (
    <Card>
      <CardContent className="grid gap-4 pt-4 sm:pt-5">
        {mandate.description ? <p className="text-sm whitespace-pre-line text-foreground/90">{mandate.description}</p> : null}
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 xl:grid-cols-3">
          {facts.map(([term, value]) => (
            <div key={term} className="grid gap-0.5">
              <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
