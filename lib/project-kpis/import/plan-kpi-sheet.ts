import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseNumberColumn } from "@/lib/portfolios/import/parse-import-number";
import { readImportTable } from "@/lib/portfolios/import/read-import-table";
import { todayIso } from "@/lib/portfolios/today-iso";
import { KNOWN_KPIS, kpiLabel, METRIC_NAME_PATTERN } from "../kpi-metrics";
import { PERIOD_PATTERN, periodBounds } from "../kpi-periods";

/** Each actual is several statements in the one all-or-nothing transaction: a sheet stays well inside its timeout. */
export const KPI_SHEET_MAX_ROWS = 500;
export const KPI_SHEET_COLUMNS = ["Project", "KPI", "Period", "Value", "Note"] as const;
export type KpiSheetRow = {
  row: number;
  projectId: string | null;
  projectName: string;
  metricName: string;
  label: string;
  period: string;
  value: string | null;
  note: string | null;
};
export type KpiSheetError = { row: number; column: string; message: string };
export type KpiSheetPlan = { rows: KpiSheetRow[]; errors: KpiSheetError[] };

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
const text = (cell: unknown) => (cell === null || cell === undefined ? "" : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim());
const KPI_BY_NAME = new Map<string, string>(
  Object.entries(KNOWN_KPIS).flatMap(
    ([name, k]) =>
      [
        [norm(name), name],
        [norm(k.label), name],
      ] as [string, string][],
  ),
);

/**
 * A developer's sheet of actuals (Project, KPI, Period, Value, optional Note), read and checked row
 * by row against what investors track on its projects. Writes nothing; every problem is named with
 * its row and column.
 */
export async function planKpiSheet(actor: Actor, input: { fileName: string; file: Uint8Array }): Promise<KpiSheetPlan> {
  const table = await readImportTable(input.fileName, input.file);
  if (table.rows.length > KPI_SHEET_MAX_ROWS)
    throw new AppError("VALIDATION", `The sheet has ${table.rows.length} rows: report at most ${KPI_SHEET_MAX_ROWS} actuals at a time (split the sheet).`, {
      fieldErrors: { file: ["Too many rows."] },
    });
  const index = Object.fromEntries(KPI_SHEET_COLUMNS.map((column) => [column, table.headers.findIndex((h) => norm(h) === norm(column))]));
  const missing = KPI_SHEET_COLUMNS.filter((c) => c !== "Note" && index[c] === -1);
  if (missing.length)
    throw new AppError("VALIDATION", `The sheet needs the columns ${KPI_SHEET_COLUMNS.join(", ")} (Note optional); missing: ${missing.join(", ")}.`, {
      fieldErrors: { file: ["Wrong columns."] },
    });
  const [projects, tracked] = await Promise.all([
    db.project.findMany({ where: { orgId: actor.org.id }, select: { id: true, name: true } }),
    db.projectKpiTarget.findMany({ where: { project: { orgId: actor.org.id }, holding: { status: "ACTIVE" } }, select: { projectId: true, metricName: true } }),
  ]);
  const byName = new Map(
    projects.flatMap(
      (p) =>
        [
          [norm(p.name), p],
          [p.id, p],
        ] as const,
    ),
  );
  const isTracked = new Set(tracked.map((t) => `${t.projectId}/${t.metricName}`));
  const values = parseNumberColumn(table.rows.map((r) => ({ row: r.row, value: (r.cells[index.Value!] ?? null) as string | number | null })));
  const today = todayIso();
  const errors: KpiSheetError[] = [];
  const seen = new Map<string, number>();
  const rows = table.rows.map(({ row, cells }): KpiSheetRow => {
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const projectText = text(cells[index.Project!]);
    const project = byName.get(norm(projectText)) ?? byName.get(projectText);
    if (!project) fail("Project", projectText ? `No project of yours is called "${projectText}".` : "Name the project.");
    const kpiText = text(cells[index.KPI!]);
    const metricName = KPI_BY_NAME.get(norm(kpiText)) ?? kpiText.toLowerCase();
    if (!METRIC_NAME_PATTERN.test(metricName)) fail("KPI", `"${kpiText}" is not a KPI name (e.g. dscr or availability_pct).`);
    else if (project && !isTracked.has(`${project.id}/${metricName}`)) fail("KPI", `No investor tracks ${kpiLabel(metricName)} for ${project.name}.`);
    const period = text(cells[index.Period!]).toUpperCase();
    if (!PERIOD_PATTERN.test(period)) fail("Period", `"${period}" is not a period: write 2026-10, 2026-Q3 or 2026.`);
    else if (periodBounds(period).end >= today) fail("Period", `${period} has not ended yet.`);
    const parsed = values.values.get(row);
    const value = parsed && "value" in parsed ? parsed.value : null;
    if (parsed && "error" in parsed) fail("Value", parsed.error);
    else if (value === null) fail("Value", "Enter the actual.");
    const note = index.Note! >= 0 ? text(cells[index.Note!]).slice(0, 2000) || null : null;
    const key = `${project?.id}/${metricName}/${period}`;
    if (project && seen.has(key)) fail("Period", `Row ${seen.get(key)} already reports ${kpiLabel(metricName)} for ${period}.`);
    seen.set(key, row);
    return { row, projectId: project?.id ?? null, projectName: project?.name ?? projectText, metricName, label: kpiLabel(metricName), period, value, note };
  });
  return { rows, errors };
}
