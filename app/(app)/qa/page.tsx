import { FileSpreadsheet, MessagesSquare } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { QaFilters } from "@/components/qa/qa-filters";
import { hasQaFilters, qaHref } from "@/components/qa/qa-href";
import { QaTable } from "@/components/qa/qa-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { qaAccess } from "@/lib/qa/access";
import { listQuestionProjects } from "@/lib/qa/list-question-projects";
import { listQuestions, QA_PAGE_SIZE } from "@/lib/qa/list-questions";
import { listQuestionsQuerySchema } from "@/lib/qa/schemas";

export const metadata: Metadata = { title: "Q&A" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTIONS = {
  investor: "Your organisation's due-diligence questions to project developers, with their deadlines and answers.",
  ally: "Investors' due-diligence questions about your projects: route them to the right person and answer before the deadline.",
};

const EMPTY = {
  investor: "Open a project on the marketplace and choose “Ask a question”. The developer answers within its response time, and the answer appears here.",
  ally: "When an investor asks about one of your projects on the marketplace, the question appears here with its deadline. Your managers are told.",
};

export default async function QaPage({ searchParams }: Props) {
  const tenant = await requirePageAccess(qaAccess.read);
  const query = listQuestionsQuerySchema.parse(await searchParams);
  const now = new Date();
  const [result, projects] = await Promise.all([listQuestions(tenant, query, now), listQuestionProjects(tenant)]);
  const { side, page, pageCount, total } = result;
  const filtered = hasQaFilters(query);
  const first = (page - 1) * QA_PAGE_SIZE + 1;

  return (
    <>
      <PageHeader
        title="Q&A"
        description={`${DESCRIPTIONS[side]} ${total.toLocaleString("en")} question${total === 1 ? "" : "s"}${filtered ? ` match${total === 1 ? "es" : ""} the filters` : ""}.`}
        actions={
          total ? (
            <Button variant="outline" asChild>
              <a href={qaHref("/api/qa/export", { ...query, page: undefined })} download>
                <FileSpreadsheet aria-hidden /> Export to Excel
              </a>
            </Button>
          ) : null
        }
      />
      <div className="grid gap-4">
        {projects.length || filtered ? <QaFilters query={query} side={side} projects={projects} /> : null}
        {result.rows.length ? (
          <QaTable
            rows={result.rows}
            side={side}
            now={now}
            footer={
              pageCount > 1 ? (
                <PageLinks
                  page={page}
                  pageCount={pageCount}
                  hrefFor={(target) => qaHref("/qa", query, { page: target })}
                  label="Question pages"
                  shown={{ first, last: first + result.rows.length - 1, total }}
                />
              ) : null
            }
          />
        ) : filtered ? (
          <EmptyState
            icon={MessagesSquare}
            title="No questions match these filters"
            description="Change or clear the filters to see more."
            action={
              <Button variant="outline" asChild>
                <Link href="/qa">Clear filters</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={MessagesSquare}
            title="No questions yet"
            description={EMPTY[side]}
            action={
              side === "investor" ? (
                <Button variant="outline" asChild>
                  <Link href="/marketplace">Browse the marketplace</Link>
                </Button>
              ) : null
            }
          />
        )}
      </div>
    </>
  );
}
