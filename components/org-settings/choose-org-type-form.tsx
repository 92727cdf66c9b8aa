"use client";

import { Building2, Landmark } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { chooseOrgTypeAction } from "@/lib/org-settings/actions";
import { cn } from "@/lib/utils/cn";

const CHOICES = [
  { type: "ALLY", icon: Building2, title: "We develop projects", body: "Present renewable-energy or climate projects, keep their data rooms and raise capital." },
  { type: "INVESTOR", icon: Landmark, title: "We invest", body: "Find published projects that fit your mandate, screen them and follow your portfolios." },
] as const;

/** A radio group of two cards: arrow keys move between them, as with any radio group. */
export function ChooseOrgTypeForm() {
  const [type, setType] = useState<"ALLY" | "INVESTOR" | null>(null);
  const { execute, isPending, result } = useAction(chooseOrgTypeAction);
  const error = result.serverError?.message ?? result.validationErrors?.fieldErrors?.type?.[0];
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (type) execute({ type });
      }}
    >
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-medium text-foreground">What does your organisation do on SCR Platform?</legend>
        {CHOICES.map(({ type: value, icon: Icon, title, body }) => (
          <label
            key={value}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border p-4 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
              type === value ? "border-primary bg-accent" : "border-border hover:bg-accent/50",
            )}
          >
            <input type="radio" name="type" value={value} className="sr-only" checked={type === value} onChange={() => setType(value)} />
            <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
            <span className="grid gap-1">
              <span className="text-sm font-semibold text-foreground">{title}</span>
              <span className="text-sm text-muted-foreground">{body}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={!type || isPending} aria-busy={isPending}>
        {isPending ? "Saving…" : "Continue"}
      </Button>
      <p className="text-xs text-muted-foreground">This is asked once. A platform admin can change it later if it was chosen by mistake.</p>
    </form>
  );
}
