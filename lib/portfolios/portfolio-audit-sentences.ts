import { formatDay, formatDecimal } from "@/lib/audit/format-audit-value";
import { ent, type Piece, type SentenceFacts, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";
import { formatMoney } from "@/lib/utils/format-money";

/** Names travel in the changes (the portfolio or project as it was called then), so the log reads without a lookup. */
const portfolio = (f: SentenceFacts): Piece => {
  const name = text(f.after?.portfolio) ?? text(f.before?.portfolio) ?? text(f.after?.name) ?? f.entity;
  return name ? ent(name) : "a portfolio";
};
const project = (side: Record<string, Json> | null | undefined): Piece => (text(side?.project) ? ent(text(side?.project)!) : "a holding");
const money = (amount: Json | undefined, currency: Json | undefined) =>
  val(typeof amount === "string" && typeof currency === "string" ? formatMoney(amount, currency) : "an amount");
const on = (day: Json | undefined) => (typeof day === "string" ? ` on ${formatDay(day)}` : "");
const kind = (side: Record<string, Json> | null | undefined) => (text(side?.kind) ?? "flow").toLowerCase();
const rate = (f: SentenceFacts) =>
  f.after?.currency !== f.after?.baseCurrency && text(f.after?.fxRate)
    ? ` (${money(f.after?.amountBase, f.after?.baseCurrency).text} at ${formatDecimal(text(f.after?.fxRate)!)}, ${text(f.after?.fxSource)} ${text(f.after?.fxRateDate)})`
    : "";

/** An investor's portfolios, as its audit log reads them. */
export const PORTFOLIO_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "portfolio.created": (f) => sentence(who(f), " created portfolio ", portfolio(f), text(f.after?.currency) ? ` in ${text(f.after?.currency)}` : ""),
  "portfolio.updated": (f) => {
    const fields = Object.keys(f.after ?? {}).filter((key) => key !== "portfolio");
    return sentence(who(f), " changed ", fields.length ? `the ${fields.join(", ")} of ` : "", portfolio(f));
  },
  "holding.added": (f) =>
    sentence(
      who(f),
      " added ",
      project(f.after),
      " to ",
      portfolio(f),
      " with a commitment of ",
      money(f.after?.committedAmount, f.after?.currency),
      on(f.after?.investmentDate),
    ),
  "cash_flow.recorded": (f) =>
    sentence(who(f), ` recorded a ${kind(f.after)} of `, money(f.after?.amount, f.after?.currency), " on ", project(f.after), on(f.after?.flowDate), rate(f)),
  "cash_flow.deleted": (f) =>
    sentence(who(f), ` removed the ${kind(f.before)} of `, money(f.before?.amount, f.before?.currency), on(f.before?.flowDate), " from ", project(f.before)),
  "holding.exited": (f) => sentence(who(f), " exited ", project(f.after), on(f.after?.exitDate), " for ", money(f.after?.exitProceeds, f.after?.currency)),
  "holding.written_off": (f) => sentence(who(f), " wrote off ", project(f.after), on(f.after?.exitDate)),
  "portfolio.imported": (f) => {
    const rows = typeof f.after?.rows === "number" ? f.after.rows : 0;
    const what = f.after?.imported === "holdings" ? (rows === 1 ? "holding" : "holdings") : rows === 1 ? "cash flow" : "cash flows";
    return sentence(
      who(f),
      " imported ",
      val(`${rows.toLocaleString("en")} ${what}`),
      " into ",
      portfolio(f),
      text(f.after?.fileName) ? ` from ${text(f.after?.fileName)}` : "",
    );
  },
  "portfolio.snapshots_backfill_requested": (f) =>
    sentence(who(f), " asked for the daily metric snapshots of ", portfolio(f), ` from ${formatDay(text(f.after?.from) ?? "")} to ${formatDay(text(f.after?.to) ?? "")}`),
};
