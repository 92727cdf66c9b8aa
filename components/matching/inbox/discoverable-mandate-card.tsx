import { geographiesText, sectorsText, stagesText, ticketRangeText } from "@/components/matching/mandates/mandate-facts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { DiscoverableMandateDto } from "@/lib/matching/inbox/list-discoverable-mandates";
import type { ProposableProjectDto } from "@/lib/matching/inbox/list-proposable-projects";
import { ProposeProjectDialog } from "./propose-project-dialog";

type Props = { mandate: DiscoverableMandateDto; projects: ProposableProjectDto[]; canPropose: boolean };

/** A discoverable mandate's public profile: who invests, in what, where, at which stage and ticket size. */
export function DiscoverableMandateCard({ mandate, projects, canPropose }: Props) {
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid min-w-0 gap-1">
          <CardTitle className="truncate">{mandate.name}</CardTitle>
          <CardDescription>{mandate.investorOrgName}</CardDescription>
        </div>
        {canPropose ? <ProposeProjectDialog mandate={mandate} projects={projects} /> : null}
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-muted-foreground">Sectors</dt>
          <dd>{sectorsText(mandate.sectors)}</dd>
          <dt className="text-muted-foreground">Geographies</dt>
          <dd>{geographiesText(mandate.geographies)}</dd>
          <dt className="text-muted-foreground">Stages</dt>
          <dd>{stagesText(mandate.stages)}</dd>
          <dt className="text-muted-foreground">Ticket size</dt>
          <dd className="tabular-nums">{ticketRangeText(mandate.ticketSizeMin, mandate.ticketSizeMax, mandate.currency)}</dd>
        </dl>
      </CardContent>
    </Card>
  );
}
