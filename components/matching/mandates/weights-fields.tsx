"use client";

import { RotateCcw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { DEFAULT_DIMENSION_WEIGHTS, MATCH_DIMENSION_LABELS, MATCH_DIMENSIONS, type MatchDimension } from "@/lib/matching/engine/match-dimensions";
import { cn } from "@/lib/utils/cn";
import type { MandateFieldErrors } from "./field-error";

const HINTS: Record<MatchDimension, string> = {
  geography: "The project's country is one you target.",
  sector: "Its technology is one you invest in.",
  stage: "Its stage suits your risk tolerance.",
  deal_size: "What it raises fits your ticket.",
  esg: "It meets your ESG requirements.",
  evidence: "Its Signal Score: how well its data room backs it up.",
};

/** Strictly digits: anything else counts as nothing in the running total (the server names the field). */
const asWeight = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : 0);

/** Six weights with a running total: the match score is the weighted fit, so they must add up to exactly 100. */
export function WeightsFields({ defaults, errors }: { defaults: Record<MatchDimension, number>; errors: MandateFieldErrors }) {
  const [weights, setWeights] = useState<Record<MatchDimension, string>>(
    () => Object.fromEntries(MATCH_DIMENSIONS.map((dimension) => [dimension, String(defaults[dimension])])) as Record<MatchDimension, string>,
  );
  const total = MATCH_DIMENSIONS.reduce((sum, dimension) => sum + asWeight(weights[dimension]), 0);
  const status = total === 100 ? "Adds up to 100." : total < 100 ? `${100 - total} left to give.` : `${total - 100} too many: take some off.`;
  const sumError = errors.dimensionWeights?.[0];

  return (
    <div className="grid gap-4" data-invalid={sumError ? "true" : undefined}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {MATCH_DIMENSIONS.map((dimension) => (
          <Field key={dimension} label={MATCH_DIMENSION_LABELS[dimension]} hint={HINTS[dimension]} error={errors[`dimensionWeights.${dimension}`]}>
            <Input
              name={`dimensionWeights.${dimension}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={weights[dimension]}
              onChange={(event) => setWeights((current) => ({ ...current, [dimension]: event.target.value }))}
              className="tabular-nums"
            />
          </Field>
        ))}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border bg-muted/50 px-3 py-2">
        <p role="status" aria-live="polite" className={cn("text-sm", total === 100 ? "text-success" : "text-warning")}>
          <span className="font-semibold tabular-nums">Total {total}</span> of 100. {status}
        </p>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => setWeights(Object.fromEntries(MATCH_DIMENSIONS.map((d) => [d, String(DEFAULT_DIMENSION_WEIGHTS[d])])) as Record<MatchDimension, string>)}
        >
          <RotateCcw aria-hidden /> Default weights
        </Button>
      </div>
      {sumError ? (
        <p role="alert" className="text-xs font-medium text-danger">
          {sumError}
        </p>
      ) : null}
    </div>
  );
}
