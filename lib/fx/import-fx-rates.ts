import type { Tx } from "@/lib/db/create-db-client";
import { FX_BASE } from "./fx-table";
import type { EcbRate } from "./parse-ecb-rates";

const BATCH = 10_000;

/**
 * Stores ECB rates (units per 1 EUR); a day already stored is kept as it is, so the seed and
 * every refresh can run again. Three arrays per batch through unnest: createMany binds six
 * parameters a row and took a minute for the seed's 90,000 rates (measured), this a second or
 * two. Takes the client: the seed and the refresh job share it. Returns the rows inserted.
 */
export async function importFxRates(client: Tx, rates: readonly EcbRate[], source = "ECB"): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rates.length; start += BATCH) {
    const batch = rates.slice(start, start + BATCH);
    inserted += await client.$executeRaw`
      INSERT INTO fx_rates (rate_date, base, currency, rate, source)
      SELECT d, ${FX_BASE}, c, r, ${source}
        FROM unnest(${batch.map((rate) => rate.rateDate)}::date[], ${batch.map((rate) => rate.currency)}::text[], ${batch.map((rate) => rate.rate)}::numeric[]) AS u(d, c, r)
      ON CONFLICT (base, currency, rate_date) DO NOTHING`;
  }
  return inserted;
}
