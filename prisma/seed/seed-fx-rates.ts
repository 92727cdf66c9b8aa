import { readFile } from "node:fs/promises";
import path from "node:path";
import { importFxRates } from "../../lib/fx/import-fx-rates";
import { readEcbHistoryZip } from "../../lib/fx/read-ecb-history-zip";
import type { FactoryDb } from "../factories";

/** The ECB's euro reference rates shipped with the project (Source: ECB), 1999-01-04 to 2026-04-13. */
export const ECB_HISTORY_ZIP = path.resolve(import.meta.dirname, "../../data/fx/ecb-eurofxref-hist.zip");

/** About 90,000 rates (a few seconds to load): every date the app converts on; all 217,000 since 1999 would take over twice as long. */
const SEED_RATES_SINCE = "2015-01-01";

/** fx_rates from the shipped history, as the refresh job stores them; a second run adds nothing. */
export async function seedFxRates(db: FactoryDb): Promise<number> {
  const rates = await readEcbHistoryZip(await readFile(ECB_HISTORY_ZIP), SEED_RATES_SINCE);
  return importFxRates(db, rates);
}
