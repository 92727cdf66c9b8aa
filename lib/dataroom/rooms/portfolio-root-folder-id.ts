import { v5 as uuidv5 } from "uuid";

/** Fixed namespace for portfolio root folder ids (UUIDv5 of the portfolio id). */
const PORTFOLIO_ROOT_NAMESPACE = "5d0f3c1e-9a63-4f62-9c55-2f0a4b7f8e21";

/**
 * document_folders has project_id but no portfolio_id, so a portfolio's tree hangs under one
 * hidden root folder whose id is derived from the portfolio's: no extra column, no lookup table.
 */
export function portfolioRootFolderId(portfolioId: string): string {
  return uuidv5(portfolioId, PORTFOLIO_ROOT_NAMESPACE);
}
