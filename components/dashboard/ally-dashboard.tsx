import { CalendarCheck, CircleCheck, FolderKanban, Store } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatCard } from "@/components/ui/stat-card";
import type { AllyDashboard as AllyDashboardData } from "@/lib/dashboard/get-ally-dashboard";
import { BudgetHealthCard } from "./budget-health-card";
import { InvestmentSoughtCard } from "./investment-sought-card";
import { MilestoneListCard } from "./milestone-list-card";
import { ProjectStatusCards } from "./project-status-cards";
import { ProjectsByStatusChart } from "./projects-by-status-chart";
import { RecentActivityCard } from "./recent-activity-card";

export function AllyDashboard({ data }: { data: AllyDashboardData }) {
  if (data.totalProjects === 0) {
    return (
      <div className="grid gap-6">
        <EmptyState
          icon={FolderKanban}
          title="No projects yet"
          description="Add your first project with its milestones and capital budget; once published, investors can find it on the marketplace."
          action={
            <Button asChild>
              <Link href="/projects">Go to projects</Link>
            </Button>
          }
        />
        <RecentActivityCard entries={data.recentActivity} />
      </div>
    );
  }

  return (
    <div className="grid gap-6">
      <ProjectStatusCards counts={data.projectsByStatus} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Projects by status</CardTitle>
            <CardDescription>
              {data.totalProjects} {data.totalProjects === 1 ? "project" : "projects"} in your portfolio.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ProjectsByStatusChart counts={data.projectsByStatus} />
          </CardContent>
        </Card>
        <div className="grid content-start gap-4">
          <StatCard
            label="Published on the marketplace"
            value={data.publishedCount}
            hint={`of ${data.totalProjects} projects are visible to investors`}
            icon={Store}
            tone="brand"
          />
          <InvestmentSoughtCard totals={data.investmentSought} />
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <MilestoneListCard
          title="Due in the next 30 days"
          description="Open milestones coming up across your projects."
          milestones={data.upcomingMilestones}
          emptyIcon={CalendarCheck}
          emptyTitle="Nothing due in the next 30 days"
          tone="info"
        />
        <MilestoneListCard
          title="Delayed milestones"
          description="Marked delayed, or past their target date and not completed."
          milestones={data.delayedMilestones}
          emptyIcon={CircleCheck}
          emptyTitle="No delayed milestones"
          tone="danger"
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <BudgetHealthCard health={data.budgetHealth} />
        <RecentActivityCard entries={data.recentActivity} />
      </div>
    </div>
  );
}
