import { z } from "zod";
import { IMPORT_MAX_BYTES } from "@/lib/portfolios/import/import-options";
import { KPI_SHEET_MAX_ROWS } from "./plan-kpi-sheet";

const file = z
  .instanceof(Uint8Array, { message: "Choose a CSV or XLSX file." })
  .refine((bytes) => bytes.length > 0, "The file is empty.")
  .refine((bytes) => bytes.length <= IMPORT_MAX_BYTES, "The file is over 5 MB: split it into smaller files.");

export const previewKpiSheetSchema = z.object({ fileName: z.string().trim().min(1, "Choose a file.").max(255, "Rename the file: its name is too long."), file });
export type PreviewKpiSheetInput = z.output<typeof previewKpiSheetSchema>;

export const importKpiSheetSchema = previewKpiSheetSchema.extend({ expectedRows: z.int().min(1).max(KPI_SHEET_MAX_ROWS) });
export type ImportKpiSheetInput = z.output<typeof importKpiSheetSchema>;
