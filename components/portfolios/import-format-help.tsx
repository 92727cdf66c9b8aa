import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { IMPORT_COLUMNS, IMPORT_KIND_LABELS, IMPORT_KINDS } from "@/lib/portfolios/import/import-options";

const NOTES: Record<string, string> = {
  project: "The project's name or id.",
  investmentDate: "Not in the future.",
  committedAmount: "More than zero, in the holding's currency.",
  currency: "ISO code (USD, EUR, KES…).",
  ownershipPct: "0 to 100.",
  flowDate: "Not before the investment, not in the future; a rate must exist for the day.",
  kind: "Capital call, Distribution (income), Distribution (return of capital), Fee or Valuation (NAV mark), or their codes (capital_call…).",
  amount: "Zero or more, in the holding's currency.",
  note: "Free text.",
};
const FLOW_NOTES: Record<string, string> = {
  project: "A project this portfolio already holds (name or id).",
  currency: "If given, must be the holding's.",
};

/** What the import reads: the columns of each kind of file, and how dates and numbers must be written. */
export function ImportFormatHelp({ baseCurrency }: { baseCurrency: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>What the file must hold</CardTitle>
        <p className="text-sm text-muted-foreground">
          The first row names the columns (in any order; others are ignored, so an export can come back). Dates: YYYY-MM-DD, or date cells in a workbook; 02/03/2024 is
          refused as it reads two ways. Numbers: 1234.56, 1,234.56 or 1.234,56, one convention per column; a cell that reads two ways (1,234) is refused unless other
          cells of its column show which. Flows are converted to {baseCurrency} at the ECB rate of their date.
        </p>
      </CardHeader>
      <CardContent className="grid gap-4 sm:grid-cols-2">
        {IMPORT_KINDS.map((kind) => (
          <div key={kind} className="grid content-start gap-1.5">
            <h3 className="text-sm font-semibold">{IMPORT_KIND_LABELS[kind]}</h3>
            <ul className="grid content-start gap-1 text-sm">
              {IMPORT_COLUMNS[kind].map((column) => (
                <li key={column.key}>
                  <span className="font-medium">{column.label}</span>
                  {column.required ? "" : " (optional)"}:{" "}
                  <span className="text-muted-foreground">{(kind === "cash-flows" ? FLOW_NOTES[column.key] : undefined) ?? NOTES[column.key]}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
