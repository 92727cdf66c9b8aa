import { convertAmount } from "@/lib/fx/convert-amount";
import { AppError } from "@/lib/errors/app-error";

export type FlowConversion = { amountBase: string; fxRate: string; fxRateDate: string; fxSource: string };

/**
 * A holding's amount in its portfolio's currency at the rate in force on the flow's day, with the
 * rate, its date and source to store beside it. A missing rate is named and nothing is written.
 */
export async function convertFlowToBase(amount: string, from: string, to: string, onDay: string): Promise<FlowConversion> {
  const converted = await convertAmount(amount, from, to, new Date(`${onDay}T00:00:00Z`));
  if ("missing" in converted) {
    throw new AppError(
      "VALIDATION",
      `No ${from}→${to} rate on ${onDay} (${converted.missing}). Nothing was recorded: choose another date or a currency the ECB publishes.`,
      {
        fieldErrors: { flowDate: [`No ${from}→${to} rate on ${onDay}.`] },
      },
    );
  }
  return { amountBase: converted.amount, fxRate: converted.rate, fxRateDate: converted.rateDate, fxSource: converted.source };
}
