import "server-only";
import { db } from "@/lib/db/client";
import { importFxRates } from "./import-fx-rates";
import { parseEcbDailyXml } from "./parse-ecb-rates";

export const DEFAULT_ECB_RATES_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
const FETCH_TIMEOUT_MS = 20_000;

/**
 * Fetches the ECB's reference rates (ECB_RATES_URL, by default the daily XML; the 90-day file
 * has the same format and fills a gap) and stores the days not stored yet. A feed without rates
 * is an error, so the job's failure shows rather than rates silently going stale.
 */
export async function refreshEcbRates(
  url = process.env.ECB_RATES_URL || DEFAULT_ECB_RATES_URL,
): Promise<{ url: string; rates: number; inserted: number; latest: string | null }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "application/xml, text/xml" } }).catch((error: unknown) => {
    // fetch says only "fetch failed"; the cause (ENOTFOUND offline, a timeout) is what an operator needs.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new Error(`The ECB rates feed at ${url} could not be reached (${cause}); the rates stay as they were.`);
  });
  if (!response.ok) throw new Error(`The ECB rates feed answered HTTP ${response.status} at ${url}.`);
  const rates = parseEcbDailyXml(await response.text());
  if (rates.length === 0) throw new Error(`The ECB rates feed at ${url} held no rates.`);
  const inserted = await importFxRates(db, rates);
  const latest =
    rates
      .map((rate) => rate.rateDate)
      .sort()
      .at(-1) ?? null;
  return { url, rates: rates.length, inserted, latest };
}
