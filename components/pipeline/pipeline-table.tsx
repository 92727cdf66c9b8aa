import Link from "next/link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { PipelineDealDto } from "@/lib/pipeline/list-pipeline";
import { PIPELINE_STAGE_LABELS, PIPELINE_STAGES } from "@/lib/pipeline/pipeline-stages";
import { daysInStage } from "./days-in-stage";

/** The pipeline as rows, in stage order then most recently moved: for reading and printing. */
export function PipelineTable({ deals }: { deals: PipelineDealDto[] }) {
  const ordered = [...deals].sort((a, b) => PIPELINE_STAGES.indexOf(a.stage) - PIPELINE_STAGES.indexOf(b.stage) || b.updatedAt.localeCompare(a.updatedAt));
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <Table>
        <THead>
          <TR>
            <TH>Stage</TH>
            <TH>Project</TH>
            <TH>Developer</TH>
            <TH className="text-right">Raise</TH>
            <TH className="text-right">Match</TH>
            <TH>In stage</TH>
            <TH>Open questions</TH>
            <TH>Last move, why</TH>
            <TH>Screening</TH>
          </TR>
        </THead>
        <TBody>
          {ordered.map((deal) => (
            <TR key={deal.id}>
              <TD className="whitespace-nowrap font-medium">{PIPELINE_STAGE_LABELS[deal.stage]}</TD>
              <TD>
                <Link href={`/marketplace/${deal.projectId}`} className="hover:underline">
                  {deal.projectName}
                </Link>
                <span className="block text-xs text-muted-foreground">
                  {deal.typeLabel} · {deal.countryName}
                </span>
              </TD>
              <TD>{deal.allyOrgName}</TD>
              <TD className="text-right tabular-nums">{deal.raise}</TD>
              <TD className="text-right tabular-nums">{deal.matchScore ?? "—"}</TD>
              <TD className="whitespace-nowrap">{daysInStage(deal.enteredStageAt)}</TD>
              <TD>
                {deal.openQuestions > 0 ? (
                  <Link href={`/qa?project=${deal.projectId}`} className="hover:underline">
                    {deal.openQuestions}
                  </Link>
                ) : (
                  "0"
                )}
              </TD>
              <TD className="max-w-xs text-sm text-muted-foreground">{deal.lastReason}</TD>
              <TD>
                <Link href={`/pipeline/${deal.id}/screening`} className="hover:underline" aria-label={`Screen ${deal.projectName}`}>
                  Screen
                </Link>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
