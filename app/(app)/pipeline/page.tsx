import { KanbanSquare } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { PipelineFunnelChart } from "@/components/pipeline/pipeline-funnel-chart";
import { PipelineTable } from "@/components/pipeline/pipeline-table";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { pipelineAccess } from "@/lib/pipeline/access";
import { getPipelineFunnel } from "@/lib/pipeline/get-pipeline-funnel";
import { listPipeline } from "@/lib/pipeline/list-pipeline";
import { pipelineViewSchema } from "@/lib/pipeline/schemas";

export const metadata: Metadata = { title: "Pipeline" };

const DESCRIPTION = "Every project your team is working on, by stage. Each move records who made it and why.";

export default async function PipelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const tenant = await requireFeaturePage(pipelineAccess.read);
  const { view = "board" } = pipelineViewSchema.parse(await searchParams);
  const [deals, funnel] = await Promise.all([listPipeline(tenant), getPipelineFunnel(tenant)]);
  const canMove = hasAccess(tenant, pipelineAccess.write);
  const switcher = (
    <nav aria-label="Pipeline view" className="inline-flex rounded-md border border-border bg-surface p-0.5">
      {(["board", "table"] as const).map((option) => (
        <Button key={option} asChild size="sm" variant={view === option ? "secondary" : "ghost"}>
          <Link href={option === "board" ? "/pipeline" : "/pipeline?view=table"} aria-current={view === option ? "page" : undefined}>
            {option === "board" ? "Board" : "Table"}
          </Link>
        </Button>
      ))}
    </nav>
  );

  if (deals.length === 0) {
    return (
      <>
        <PageHeader title="Pipeline" description={DESCRIPTION} />
        <EmptyState
          icon={KanbanSquare}
          title="No deals in your pipeline yet"
          description="Open a project on the marketplace or one of your matches and choose “Add to pipeline”. It starts as sourced, and you move it through screening, diligence and investment committee."
          action={
            <Button asChild>
              <Link href="/marketplace">Browse the marketplace</Link>
            </Button>
          }
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title="Pipeline" description={DESCRIPTION} actions={switcher} />
      <div className="grid min-w-0 gap-6">
        {view === "board" ? <PipelineBoard deals={deals} canMove={canMove} /> : <PipelineTable deals={deals} />}
        <Card>
          <CardHeader>
            <CardTitle>Funnel</CardTitle>
            <p className="text-sm text-muted-foreground">Deals that reached each stage, and the share of the stage before that went on.</p>
          </CardHeader>
          <CardContent>
            <PipelineFunnelChart steps={funnel} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
