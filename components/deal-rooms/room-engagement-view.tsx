import { Eye } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDuration } from "@/lib/deal-rooms/engagement/format-duration";
import type { EngagementDocumentDto, EngagementOrgDto, RoomEngagementDto } from "@/lib/deal-rooms/engagement/get-room-engagement";
import { TimePerDocumentChart } from "./time-per-document-chart";

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function ScoreMeter({ org }: { org: EngagementOrgDto }) {
  return (
    <div className="flex items-center gap-2">
      <div
        className="h-2 w-24 rounded-full bg-muted"
        role="meter"
        aria-label={`${org.orgName} engagement`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={org.score}
      >
        <div className="h-2 rounded-full bg-primary" style={{ width: `${org.score}%` }} />
      </div>
      <span className="font-semibold tabular-nums">{org.score}</span>
    </div>
  );
}

function OrgScores({ orgs, sentence }: { orgs: EngagementOrgDto[]; sentence: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Engagement by investor</CardTitle>
        <CardDescription>{sentence}</CardDescription>
      </CardHeader>
      <CardContent>
        <Table>
          <THead>
            <TR>
              <TH>Organisation</TH>
              <TH>Score</TH>
              <TH>Documents opened</TH>
              <TH>Pages viewed</TH>
              <TH>Time</TH>
              <TH>Last viewed</TH>
            </TR>
          </THead>
          <TBody>
            {orgs.map((org) => (
              <TR key={org.orgId}>
                <TD className="font-medium">
                  {org.orgName} {org.removed ? <Badge variant="muted">Removed</Badge> : null}
                </TD>
                <TD>
                  <ScoreMeter org={org} />
                </TD>
                <TD className="tabular-nums">
                  {org.documentsOpened} of {org.documentsOpenable}
                </TD>
                <TD className="tabular-nums">
                  {org.pagesViewed} of {org.pagesTotal}
                </TD>
                <TD className="tabular-nums">{formatDuration(org.seconds)}</TD>
                <TD>{org.lastViewedAt ? when(org.lastViewedAt) : "Never"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </CardContent>
    </Card>
  );
}

const STATE_LABELS: Record<EngagementDocumentDto["state"], string | null> = { shared: null, replaced: "Earlier version", unshared: "No longer shared" };

function DocumentViews({ document }: { document: EngagementDocumentDto }) {
  const label = STATE_LABELS[document.state];
  return (
    <section className="grid gap-2" aria-label={`${document.name}, version ${document.version}`}>
      <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        <span className="break-all">{document.name}</span>
        <span className="font-normal text-muted-foreground">
          v{document.version}
          {document.pageCount ? ` · ${document.pageCount} page${document.pageCount === 1 ? "" : "s"}` : ""}
          {document.seconds > 0 ? ` · ${formatDuration(document.seconds)} in all` : ""}
        </span>
        {label ? <Badge variant="muted">{label}</Badge> : null}
      </h3>
      {document.viewers.length === 0 ? (
        <p className="text-sm text-muted-foreground">Not viewed yet.</p>
      ) : (
        <Table>
          <THead>
            <TR>
              <TH>Viewer</TH>
              <TH>Organisation</TH>
              <TH>Time</TH>
              <TH>Pages</TH>
              <TH>Last viewed</TH>
            </TR>
          </THead>
          <TBody>
            {document.viewers.map((viewer) => (
              <TR key={viewer.userId}>
                <TD className="font-medium">{viewer.userName}</TD>
                <TD>{viewer.orgName}</TD>
                <TD className="tabular-nums">{formatDuration(viewer.seconds)}</TD>
                <TD className="tabular-nums">{viewer.pages}</TD>
                <TD>{when(viewer.lastViewedAt)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}

/** The ally's view of a room's engagement: scores per investor org, a chart of time per document, and per document who read which pages. */
export function RoomEngagementView({ engagement }: { engagement: RoomEngagementDto }) {
  if (engagement.totalSeconds === 0) {
    return (
      <div className="grid gap-6">
        <EmptyState
          icon={Eye}
          title="Nobody has viewed a document yet"
          description="When members open the room's documents, the time they spend on each page appears here, with a score per investor organisation."
        />
        {engagement.orgs.length > 0 ? <OrgScores orgs={engagement.orgs} sentence={engagement.scoreSentence} /> : null}
      </div>
    );
  }
  return (
    <div className="grid gap-6">
      <OrgScores orgs={engagement.orgs} sentence={engagement.scoreSentence} />
      <Card>
        <CardHeader>
          <CardTitle>Time per document</CardTitle>
          <CardDescription>Visible reading time in the room&apos;s viewer, by investor organisation: {formatDuration(engagement.totalSeconds)} in all.</CardDescription>
        </CardHeader>
        <CardContent>
          <TimePerDocumentChart orgNames={engagement.chart.orgNames} rows={engagement.chart.rows} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Who viewed what</CardTitle>
          <CardDescription>
            Per document, each viewer&apos;s time and the pages they viewed.
            {engagement.viewerRowsCut ? " The most recent viewers are listed; the totals count everyone." : ""}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          {engagement.documents.map((document) => (
            <DocumentViews key={document.documentId} document={document} />
          ))}
        </CardContent>
      </Card>
    </div>
  );
}
