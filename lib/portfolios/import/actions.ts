"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { portfoliosAccess } from "../access";
import { importPortfolioRows } from "../import-portfolio-rows";
import { planPortfolioImport } from "./plan-portfolio-import";
import { importPortfolioRowsSchema, previewPortfolioImportSchema } from "./schemas";

/** Reads and checks the file; writes nothing. */
export const previewPortfolioImportAction = orgActionClient
  .metadata({ actionName: "previewPortfolioImport", access: portfoliosAccess.write })
  .inputSchema(previewPortfolioImportSchema)
  .action(async ({ parsedInput, ctx }) => (await planPortfolioImport(ctx.actor, parsedInput)).preview);

/** Checks the same file again and writes every row, or none. */
export const importPortfolioRowsAction = orgActionClient
  .metadata({ actionName: "importPortfolioRows", access: portfoliosAccess.write })
  .inputSchema(importPortfolioRowsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const imported = await importPortfolioRows(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return imported;
  });
