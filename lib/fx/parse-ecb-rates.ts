/**
 * The ECB's two formats of euro reference rates, parsed without a dependency: the history CSV
 * (one row per business day, one column per currency, "N/A" where none was published) and the
 * daily XML (<Cube time="..."><Cube currency="USD" rate="1.1684"/>...). Rates are units per 1 EUR.
 */
export type EcbRate = { rateDate: string; currency: string; rate: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const RATE = /^\d+(\.\d+)?$/;

/** Rows dated on or after `since` (YYYY-MM-DD; all when omitted). */
export function parseEcbHistoryCsv(csv: string, since = "0000-00-00"): EcbRate[] {
  const [header, ...lines] = csv.split(/\r?\n/);
  const currencies = header.split(",").map((cell) => cell.trim());
  if (currencies[0] !== "Date") throw new Error("Not an ECB history file: the first column is not Date.");
  const rates: EcbRate[] = [];
  for (const line of lines) {
    const cells = line.split(",");
    const rateDate = cells[0]?.trim() ?? "";
    if (!DAY.test(rateDate) || rateDate < since) continue;
    for (let column = 1; column < cells.length; column += 1) {
      const currency = currencies[column];
      const rate = cells[column].trim();
      if (CURRENCY.test(currency ?? "") && RATE.test(rate) && Number(rate) > 0) rates.push({ rateDate, currency, rate });
    }
  }
  return rates;
}

/** Every dated cube of an ECB XML feed (the daily file has one day, the 90-day file ninety). */
export function parseEcbDailyXml(xml: string): EcbRate[] {
  const days = [...xml.matchAll(/<Cube\s+time=["'](\d{4}-\d{2}-\d{2})["']/g)];
  return days.flatMap((day, index) => {
    const body = xml.slice(day.index, days[index + 1]?.index ?? xml.length);
    return [...body.matchAll(/<Cube\s+currency=["']([A-Z]{3})["']\s+rate=["']([^"']+)["']/g)]
      .filter(([, , rate]) => RATE.test(rate) && Number(rate) > 0)
      .map(([, currency, rate]) => ({ rateDate: day[1], currency, rate }));
  });
}
