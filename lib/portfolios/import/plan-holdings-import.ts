import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { investmentDateProblem } from "../check-ledger-rules";
import type { ImportPreviewRow } from "./import-options";
import type { ParsedImportRow } from "./parse-import-rows";
import { projectRefKey, resolveHoldableProjects, type HoldableProject } from "./resolve-holdable-projects";
import { importHoldingRowSchema } from "./schemas";
import { addRowError, parseRowWith } from "./zod-row-errors";

export type HoldingToImport = { row: number; project: HoldableProject; investmentDate: string; committedAmount: string; currency: string; ownershipPct: string | null };

export const HOLDINGS_PREVIEW_COLUMNS = [
  { key: "project", label: "Project" },
  { key: "investmentDate", label: "Investment date" },
  { key: "committedAmount", label: "Committed" },
  { key: "currency", label: "Currency" },
  { key: "ownershipPct", label: "Ownership %" },
];

/**
 * Each row checked as addHolding checks one (the zod schema, the project gate, not in the future,
 * not held yet), and once per file: a project twice in the file is refused on its second row.
 */
export async function planHoldingsImport(
  scope: Pick<TenantContext, "org">,
  portfolio: { id: string; name: string },
  rows: ParsedImportRow[],
  today: string,
): Promise<{ preview: ImportPreviewRow[]; items: HoldingToImport[] }> {
  const valid = rows.map((parsed) => ({ parsed, input: parseRowWith(importHoldingRowSchema, "holdings", parsed) }));
  const projects = await resolveHoldableProjects(
    scope,
    valid.flatMap(({ input }) => (input ? [input.project] : [])),
  );
  const held = new Set(
    (await db.portfolioHolding.findMany({ where: { orgId: scope.org.id, portfolioId: portfolio.id }, select: { projectId: true } })).map((h) => h.projectId),
  );
  const firstRowOf = new Map<string, number>();
  const items: HoldingToImport[] = [];
  const preview = valid.map(({ parsed, input }) => {
    const resolution = input ? projects.get(projectRefKey(input.project)) : undefined;
    const project = resolution && "project" in resolution ? resolution.project : null;
    if (resolution && "error" in resolution) addRowError(parsed, "Project", resolution.error);
    if (project && held.has(project.id)) addRowError(parsed, "Project", `${project.name} is already a holding of ${portfolio.name}.`);
    else if (project && firstRowOf.has(project.id)) addRowError(parsed, "Project", `Row ${firstRowOf.get(project.id)} already adds ${project.name}.`);
    if (project && !firstRowOf.has(project.id)) firstRowOf.set(project.id, parsed.row);
    const dateProblem = input ? investmentDateProblem(input.investmentDate, today) : null;
    if (dateProblem) addRowError(parsed, "Investment date", dateProblem.message);
    if (input && project && parsed.errors.length === 0) items.push({ row: parsed.row, ...input, project });
    return {
      row: parsed.row,
      values: {
        project: project?.name ?? parsed.fields.project ?? null,
        investmentDate: parsed.fields.investmentDate ?? null,
        committedAmount: input?.committedAmount ?? parsed.fields.committedAmount ?? null,
        currency: input?.currency ?? parsed.fields.currency ?? null,
        ownershipPct: input ? input.ownershipPct : (parsed.fields.ownershipPct ?? null),
      },
      errors: parsed.errors,
    };
  });
  return { preview, items };
}
