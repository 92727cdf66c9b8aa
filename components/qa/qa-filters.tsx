import { FilterX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { QA_CATEGORIES, QA_CATEGORY_LABELS, QA_PRIORITIES, QA_PRIORITY_LABELS, QA_STATUSES, QA_STATUS_LABELS } from "@/lib/qa/qa-options";
import type { ListQuestionsQuery } from "@/lib/qa/schemas";
import { hasQaFilters, qaHref } from "./qa-href";

type Props = { query: ListQuestionsQuery; side: "investor" | "ally"; projects: { id: string; name: string }[] };

const SORT_LABELS: Record<NonNullable<ListQuestionsQuery["sort"]>, string> = {
  number: "By project and number",
  deadline: "Deadline, soonest first",
  newest: "Newest first",
  priority: "Priority, urgent first",
};

/**
 * The filters as a GET form: they live in the URL (shareable, the back button works), a new
 * filter starts from page 1, and it works before the page's JavaScript has loaded.
 */
export function QaFilters({ query, side, projects }: Props) {
  const key = JSON.stringify(query);
  return (
    <form
      key={key}
      action="/qa"
      method="get"
      role="search"
      aria-label="Filter questions"
      className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-surface p-4 shadow-card md:grid-cols-4 md:items-end"
    >
      {query.room ? (
        <p className="col-span-2 text-sm text-muted-foreground md:col-span-4">
          <input type="hidden" name="room" value={query.room} />
          Only the questions asked in one deal room.{" "}
          <Link className="font-medium text-foreground underline" href={qaHref("/qa", { ...query, room: undefined, page: undefined })}>
            Show every question
          </Link>
        </p>
      ) : null}
      <Field label="Search" className="col-span-2">
        <Input type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} placeholder="Words in the question, or a tag" />
      </Field>
      <Field label="Status">
        <NativeSelect name="status" defaultValue={query.status?.[0] ?? ""}>
          <option value="">Any status</option>
          {QA_STATUSES.map((status) => (
            <option key={status} value={status}>
              {QA_STATUS_LABELS[status]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Priority">
        <NativeSelect name="priority" defaultValue={query.priority?.[0] ?? ""}>
          <option value="">Any priority</option>
          {QA_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {QA_PRIORITY_LABELS[priority]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Category">
        <NativeSelect name="category" defaultValue={query.category?.[0] ?? ""}>
          <option value="">Any category</option>
          {QA_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {QA_CATEGORY_LABELS[category]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Project">
        <NativeSelect name="project" defaultValue={query.project ?? ""}>
          <option value="">All projects</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {side === "ally" ? (
        <Field label="Assignee">
          <NativeSelect name="assignee" defaultValue={query.assignee === "me" || query.assignee === "unassigned" ? query.assignee : ""}>
            <option value="">Anyone</option>
            <option value="me">Assigned to me</option>
            <option value="unassigned">Unassigned</option>
          </NativeSelect>
        </Field>
      ) : null}
      <Field label="Sort">
        <NativeSelect name="sort" defaultValue={query.sort ?? "number"}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <div className="col-span-2 flex flex-wrap items-center gap-3 md:col-span-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === true} className="size-4 accent-primary" />
          Overdue only
        </label>
        <Button type="submit" size="sm" className="ml-auto">
          Apply filters
        </Button>
        {hasQaFilters(query) ? (
          <Link href="/qa" className="inline-flex items-center gap-1.5 rounded-sm text-sm font-medium whitespace-nowrap text-primary hover:underline">
            <FilterX aria-hidden className="size-4" /> Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
