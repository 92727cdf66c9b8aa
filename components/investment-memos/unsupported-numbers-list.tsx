import { CircleCheck, TriangleAlert } from "lucide-react";
import { UNSUPPORTED_REASON_TEXT, type UnsupportedNumber } from "@/lib/investment-memos/find-unsupported-numbers";

/** The figures no citation supports, each with its sentence; announced politely as the count changes. */
export function UnsupportedNumbersList({ items }: { items: UnsupportedNumber[] }) {
  return (
    <section aria-labelledby="unsupported-numbers-heading" className="grid content-start gap-2" data-testid="unsupported-numbers">
      <h2 id="unsupported-numbers-heading" className="text-sm font-semibold">
        Unsupported numbers
      </h2>
      <p aria-live="polite" className="text-xs text-muted-foreground">
        {items.length === 0
          ? "Every figure is in a page its sentence cites."
          : `${items.length} figure${items.length === 1 ? "" : "s"} no cited page supports: cite the page with [n] or correct the figure.`}
      </p>
      {items.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-success">
          <CircleCheck aria-hidden className="size-4" /> None
        </p>
      ) : (
        <ul
          className="grid max-h-96 gap-2 overflow-y-auto"
          aria-label="Unsupported figures"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can scroll a list taller than its frame
          tabIndex={0}
        >
          {items.map((item, index) => (
            <li key={index} className="grid gap-1 rounded-md border border-warning/30 bg-warning-soft px-3 py-2 text-sm">
              <span className="flex items-center gap-2 font-medium text-warning">
                <TriangleAlert aria-hidden className="size-4 shrink-0" />
                <span>
                  {item.figure} {UNSUPPORTED_REASON_TEXT[item.reason]}
                </span>
              </span>
              <span className="text-foreground/80">{item.sentence}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
