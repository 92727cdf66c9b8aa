import JSZip from "jszip";
import { type EcbRate, parseEcbHistoryCsv } from "./parse-ecb-rates";

/**
 * The rates of the ECB's history download (eurofxref-hist.zip, one CSV inside), dated on or after
 * `since`. jszip (already a dependency, in memory) rather than unzipper (a stream reader, only
 * present through exceljs): the file is 0.6 MB, and its CSV 1.9 MB.
 */
export async function readEcbHistoryZip(zip: Buffer | Uint8Array, since?: string): Promise<EcbRate[]> {
  const archive = await JSZip.loadAsync(zip);
  const entry = Object.values(archive.files).find((file) => !file.dir && file.name.toLowerCase().endsWith(".csv"));
  if (!entry) throw new Error("The ECB history archive holds no CSV file.");
  return parseEcbHistoryCsv(await entry.async("string"), since);
}
