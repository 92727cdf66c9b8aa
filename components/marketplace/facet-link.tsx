import { Check } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/utils/cn";

export type FacetLinkProps = { label: string; count: number; selected: boolean; href: string };

/** One facet value: a link that toggles it (the state lives in the URL), with its live count. */
export function FacetLink({ label, count, selected, href }: FacetLinkProps) {
  return (
    <Link
      href={href}
      scroll={false}
      role="checkbox"
      aria-checked={selected}
      className={cn(
        "flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring",
        count === 0 && !selected && "text-muted-foreground",
      )}
    >
      <span className={cn("grid size-4 shrink-0 place-items-center rounded border border-border", selected && "border-primary bg-primary text-primary-foreground")}>
        {selected ? <Check className="size-3" aria-hidden /> : null}
      </span>
      <span className="min-w-0 flex-1 truncate">{label}</span>
      <span className="text-xs tabular-nums text-muted-foreground">{count.toLocaleString("en")}</span>
    </Link>
  );
}
