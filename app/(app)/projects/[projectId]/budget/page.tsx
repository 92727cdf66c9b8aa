import { Plus, Wallet } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { BudgetCards } from "@/components/budget/budget-cards";
import { BudgetItemFormDialog } from "@/components/budget/budget-item-form-dialog";
import { BudgetSkeleton } from "@/components/budget/budget-skeleton";
import { BudgetSummaryCards } from "@/components/budget/budget-summary-cards";
import { BudgetTable } from "@/components/budget/budget-table";
import { ForeignCurrencyLines } from "@/components/budget/foreign-currency-lines";
import { Alert } from "@/components/ui/alert";
import { SectionHeading } from "@/components/projects/overview/section-heading";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { hasAccess } from "@/lib/access/check-access";
import { budgetAccess } from "@/lib/budget/access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { getProjectBudget } from "@/lib/budget/get-project-budget";
import { SUGGESTED_BUDGET_CATEGORIES } from "@/lib/budget/budget-constants";
import { orNotFound } from "@/lib/errors/or-not-found";
import { ARCHIVED_PLAN_MESSAGE } from "@/lib/projects/get-editable-project-or-throw";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { projectsAccess } from "@/lib/projects/access";

export const metadata: Metadata = { title: "Budget" };

export default async function ProjectBudgetPage({ params }: { params: Promise<{ projectId: string }> }) {
  const tenant = await requireFeaturePage(projectsAccess.read);
  const { projectId } = await params;
  // Checked before anything streams, so another org's project answers with a real 404.
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  return (
    <Suspense fallback={<BudgetSkeleton />}>
      <BudgetBody tenant={tenant} projectId={project.id} archived={project.status === "ARCHIVED"} />
    </Suspense>
  );
}

async function BudgetBody({ tenant, projectId, archived }: { tenant: TenantContext; projectId: string; archived: boolean }) {
  const summary = await getProjectBudget(tenant, projectId);
  const canEdit = hasAccess(tenant, budgetAccess.write) && !archived;
  const categories = [...new Set([...summary.categories.map((c) => c.category), ...SUGGESTED_BUDGET_CATEGORIES])];
  const empty = summary.categories.length === 0 && summary.foreignItems.length === 0;

  return (
    <section aria-labelledby="budget-heading" className="grid gap-5">
      <SectionHeading
        id="budget-heading"
        title="Capital budget"
        description={`Line items by category, in ${summary.currency}. Variance is actual minus estimate, on lines that have an actual amount.`}
        action={
          canEdit ? (
            <BudgetItemFormDialog
              projectId={projectId}
              currency={summary.currency}
              categories={categories}
              trigger={
                <Button>
                  <Plus aria-hidden /> Add budget line
                </Button>
              }
            />
          ) : null
        }
      />
      {archived ? <Alert variant="info">{ARCHIVED_PLAN_MESSAGE}</Alert> : null}
      {empty ? (
        <EmptyState
          icon={Wallet}
          title="No budget lines yet"
          description={
            canEdit
              ? "Use Add budget line to build the capital budget: EPC, grid connection, development, legal, contingency…"
              : "The project team has not added a budget yet."
          }
        />
      ) : (
        <>
          <BudgetSummaryCards summary={summary} />
          <ForeignCurrencyLines projectId={projectId} summary={summary} categories={categories} canEdit={canEdit} />
          {summary.categories.length > 0 ? (
            <>
              <div className="hidden md:block">
                <BudgetTable projectId={projectId} summary={summary} categories={categories} canEdit={canEdit} />
              </div>
              <div className="md:hidden">
                <BudgetCards projectId={projectId} summary={summary} categories={categories} canEdit={canEdit} />
              </div>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
