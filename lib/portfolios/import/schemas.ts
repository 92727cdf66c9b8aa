import { z } from "zod";
import { addHoldingSchema, recordCashFlowSchema } from "../schemas";
import { CASH_FLOW_KIND_LABELS, RECORDABLE_FLOW_KINDS } from "../portfolio-constants";
import { IMPORT_KINDS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "./import-options";

const file = z
  .instanceof(Uint8Array, { message: "Choose a CSV or XLSX file." })
  .refine((bytes) => bytes.length > 0, "The file is empty.")
  .refine((bytes) => bytes.length <= IMPORT_MAX_BYTES, "The file is over 5 MB: split it into smaller files.");

/** The file is sent whole for the preview, and again for the import, which checks every row again. */
export const previewPortfolioImportSchema = z.object({
  portfolioId: z.uuid("Unknown portfolio."),
  kind: z.enum([...IMPORT_KINDS, "auto"], "Choose holdings or cash flows.").default("auto"),
  fileName: z.string().trim().min(1, "Choose a file.").max(255, "Rename the file: its name is too long."),
  file,
});
export type PreviewPortfolioImportInput = z.output<typeof previewPortfolioImportSchema>;

/** `expectedRows`: what the preview showed and the person confirmed; another count means another file. */
export const importPortfolioRowsSchema = previewPortfolioImportSchema.extend({
  kind: z.enum(IMPORT_KINDS, "Choose holdings or cash flows."),
  expectedRows: z.int().min(1).max(IMPORT_MAX_ROWS),
});
export type ImportPortfolioRowsInput = z.output<typeof importPortfolioRowsSchema>;

const projectRef = z.string().trim().min(1, "Name the project (its name or id).").max(255, "Keep the project under 255 characters.");

/** A holdings row: the add-holding form's fields, with the project by name or id. */
export const importHoldingRowSchema = addHoldingSchema
  .pick({ investmentDate: true, committedAmount: true, currency: true, ownershipPct: true })
  .extend({ project: projectRef });

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
const KIND_BY_NAME = new Map<string, string>(
  RECORDABLE_FLOW_KINDS.flatMap((kind) => [
    [normalise(kind), kind],
    [normalise(CASH_FLOW_KIND_LABELS[kind]), kind],
  ]),
);
const KIND_CHOICES = RECORDABLE_FLOW_KINDS.map((kind) => CASH_FLOW_KIND_LABELS[kind]).join(", ");

/** A cash-flow row: the record-flow form's fields, the kind by its label or its code, the holding by its project. */
export const importCashFlowRowSchema = recordCashFlowSchema.pick({ flowDate: true, amount: true, note: true }).extend({
  project: projectRef,
  kind: z.preprocess(
    (value) => (typeof value === "string" ? (KIND_BY_NAME.get(normalise(value)) ?? value) : value),
    z.enum(RECORDABLE_FLOW_KINDS, `Choose a kind: ${KIND_CHOICES} (or their codes, e.g. capital_call).`),
  ),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .transform((value) => value || null),
});
