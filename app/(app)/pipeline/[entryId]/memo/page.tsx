import { FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { GenerateMemoButton } from "@/components/investment-memos/generate-memo-button";
import { MemoRunStatus } from "@/components/investment-memos/memo-run-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { investmentMemosAccess } from "@/lib/investment-memos/access";
import { getMemoListView } from "@/lib/investment-memos/get-memo-views";

export const metadata: Metadata = { title: "Investment memos" };

const RECOMMENDATION: Record<string, string> = { PASS: "Pass", REVIEW: "Review", REJECT: "Reject" };
const day = (iso: string) => iso.slice(0, 10);

export default async function InvestmentMemosPage({ params }: { params: Promise<{ entryId: string }> }) {
  const tenant = await requirePageAccess(investmentMemosAccess.read);
  const { entryId } = await params;
  const view = await orNotFound(getMemoListView(tenant, entryId));
  const canGenerate = hasAccess(tenant, investmentMemosAccess.generate);
  const button = canGenerate && view.latestScreen ? <GenerateMemoButton entryId={entryId} /> : null;
  const screeningHref = `/pipeline/${entryId}/screening`;

  return (
    <>
      <PageHeader
        title={`Investment memos: ${view.entry.projectName}`}
        description="Memos written from the deal's latest completed screen, in seven sections, every figure cited to the page it comes from. Edit them as markdown and export them as PDF."
        breadcrumbs={[{ label: "Pipeline", href: "/pipeline" }, { label: view.entry.projectName, href: screeningHref }, { label: "Memos" }]}
        actions={button}
      />
      <div className="grid min-w-0 gap-5">
        {view.latestScreen ? (
          <p className="text-sm text-muted-foreground">
            A new memo is written from{" "}
            <Link href={screeningHref} className="underline underline-offset-2">
              screen version {view.latestScreen.version}
            </Link>{" "}
            ({RECOMMENDATION[view.latestScreen.recommendation ?? ""] ?? "no verdict"}, {day(view.latestScreen.completedAt)}).
          </p>
        ) : (
          <Alert variant="warning" title="This deal has no completed screen yet">
            A memo is written from a completed deal screen.{" "}
            <Link href={screeningHref} className="font-medium underline underline-offset-2">
              Screen the deal
            </Link>{" "}
            first, then come back to generate its memo.
          </Alert>
        )}
        {view.memos
          .filter((m) => m.status === "PENDING" || m.status === "PROCESSING")
          .map((m) => (
            <MemoRunStatus key={m.id} memoId={m.id} status={m.status as "PENDING" | "PROCESSING"} />
          ))}
        {view.memos.length === 0 ? (
          <EmptyState
            icon={FileText}
            title="No memo yet"
            description={
              !view.latestScreen
                ? "Screen the deal first: the memo is written from the screen's findings and the pages it cites."
                : canGenerate
                  ? "Generate one: it writes the executive summary, project, market, financials, risks and mitigants, ESG and recommendation from the screen."
                  : "An analyst or above can generate a memo."
            }
            action={button}
          />
        ) : (
          <Card>
            <CardHeader>
              <CardTitle>Memos</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="grid divide-y divide-border" aria-label="Memos">
                {view.memos.map((m) => (
                  <li key={m.id} className="grid gap-1 py-3 first:pt-0 last:pb-0">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/pipeline/${entryId}/memo/${m.id}`} className="font-medium underline-offset-2 hover:underline">
                        {m.title}
                      </Link>
                      <span className="text-xs text-muted-foreground">
                        {m.status === "COMPLETED" ? `Updated ${day(m.updatedAt)}` : m.status === "FAILED" ? "Not written" : "Being written"}
                        {m.screenVersion ? ` · from screen version ${m.screenVersion}` : ""}
                      </span>
                    </div>
                    {m.status === "FAILED" ? <p className="text-sm text-danger">Generation failed: {m.error}</p> : null}
                    {m.summary ? <p className="line-clamp-2 text-sm text-muted-foreground">{m.summary}</p> : null}
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        )}
        {!view.latestScreen ? (
          <div>
            <Button asChild variant="outline">
              <Link href={screeningHref}>Go to screening</Link>
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
