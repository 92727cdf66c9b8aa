import { CalendarX } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatListDate } from "./format-cells";

/** "Past target close" for a raising project whose target close date has gone by. */
export function PastTargetCloseBadge({ date, withDate = false }: { date: string; withDate?: boolean }) {
  const day = formatListDate(date);
  return (
    <Badge variant="warning" title={`The target close date, ${day}, has passed`} data-testid="past-target-close">
      <CalendarX aria-hidden /> Past target close{withDate ? ` · ${day}` : <span className="sr-only"> ({day})</span>}
    </Badge>
  );
}
