"use client";

import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { FacetLink, type FacetLinkProps } from "./facet-link";

const SHOWN_BEFORE_SEARCH = 8;

/** A long facet (countries): the picked values first, then the busiest; typing narrows the list. */
export function SearchableFacet({ title, values }: { title: string; values: FacetLinkProps[] }) {
  const [term, setTerm] = useState("");
  const id = useId();
  const needle = term.trim().toLowerCase();
  const matching = needle ? values.filter((v) => v.label.toLowerCase().includes(needle)) : values;
  const shown = needle ? matching : [...values.filter((v) => v.selected), ...values.filter((v) => !v.selected).slice(0, SHOWN_BEFORE_SEARCH)];
  return (
    <div className="grid gap-1">
      <Input
        id={id}
        value={term}
        onChange={(event) => setTerm(event.target.value)}
        placeholder={`Find a ${title.toLowerCase()}`}
        aria-label={`Find a ${title.toLowerCase()}`}
        className="h-8 text-sm"
      />
      {shown.length === 0 ? (
        <p className="px-2 py-1 text-sm text-muted-foreground">
          No {title.toLowerCase()} matches “{term}”.
        </p>
      ) : null}
      {shown.map((v) => (
        <FacetLink key={v.href} {...v} />
      ))}
      {!needle && values.length > shown.length ? <p className="px-2 text-xs text-muted-foreground">{values.length - shown.length} more: type to find them.</p> : null}
    </div>
  );
}
