"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { portfoliosAccess } from "./access";
import { addHolding } from "./add-holding";
import { createPortfolio } from "./create-portfolio";
import { deleteCashFlow } from "./delete-cash-flow";
import { exitHolding } from "./exit-holding";
import { addOffPlatformHolding } from "./off-platform/add-off-platform-holding";
import { recordCashFlow } from "./record-cash-flow";
import {
  addHoldingSchema,
  addOffPlatformHoldingSchema,
  createPortfolioSchema,
  deleteCashFlowSchema,
  exitHoldingSchema,
  recordCashFlowSchema,
  updatePortfolioSchema,
} from "./schemas";
import { updatePortfolio } from "./update-portfolio";

export const createPortfolioAction = orgActionClient
  .metadata({ actionName: "createPortfolio", access: portfoliosAccess.write })
  .inputSchema(createPortfolioSchema)
  .action(async ({ parsedInput, ctx }) => {
    const portfolio = await createPortfolio(ctx.actor, parsedInput);
    revalidatePath("/portfolios");
    return { id: portfolio.id };
  });

export const updatePortfolioAction = orgActionClient
  .metadata({ actionName: "updatePortfolio", access: portfoliosAccess.write })
  .inputSchema(updatePortfolioSchema)
  .action(async ({ parsedInput, ctx }) => {
    const portfolio = await updatePortfolio(ctx.actor, parsedInput);
    revalidatePath("/portfolios");
    revalidatePath(`/portfolios/${portfolio.id}`);
    return { id: portfolio.id };
  });

export const addHoldingAction = orgActionClient
  .metadata({ actionName: "addHolding", access: portfoliosAccess.write })
  .inputSchema(addHoldingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const holding = await addHolding(ctx.actor, parsedInput);
    revalidatePath(`/portfolios/${holding.portfolioId}`);
    return { id: holding.id, portfolioId: holding.portfolioId };
  });

export const addOffPlatformHoldingAction = orgActionClient
  .metadata({ actionName: "addOffPlatformHolding", access: portfoliosAccess.write })
  .inputSchema(addOffPlatformHoldingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const holding = await addOffPlatformHolding(ctx.actor, parsedInput);
    revalidatePath(`/portfolios/${holding.portfolioId}`);
    return { id: holding.id, portfolioId: holding.portfolioId };
  });

export const recordCashFlowAction = orgActionClient
  .metadata({ actionName: "recordCashFlow", access: portfoliosAccess.write })
  .inputSchema(recordCashFlowSchema)
  .action(async ({ parsedInput, ctx }) => {
    const flow = await recordCashFlow(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return { id: flow.id };
  });

export const deleteCashFlowAction = orgActionClient
  .metadata({ actionName: "deleteCashFlow", access: portfoliosAccess.write })
  .inputSchema(deleteCashFlowSchema)
  .action(async ({ parsedInput, ctx }) => {
    const removed = await deleteCashFlow(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return removed;
  });

export const exitHoldingAction = orgActionClient
  .metadata({ actionName: "exitHolding", access: portfoliosAccess.write })
  .inputSchema(exitHoldingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const exited = await exitHolding(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return exited;
  });
