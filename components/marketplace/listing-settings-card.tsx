"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { updateListingSettingsAction } from "@/lib/marketplace/actions";
import type { ListingSettingsDto } from "@/lib/marketplace/update-listing-settings";

const OPTIONS: { key: keyof ListingSettingsDto; label: string }[] = [
  { key: "showMilestones", label: "Milestones timeline" },
  { key: "showBudget", label: "Budget summary" },
  { key: "showSignalScore", label: "Latest Signal Score and its dimensions" },
  { key: "showDocuments", label: "Public documents (classified PUBLIC)" },
];

/** The developer's choice of what investors see on the marketplace beyond the overview and map pin. */
export function ListingSettingsCard({ projectId, settings, published }: { projectId: string; settings: ListingSettingsDto; published: boolean }) {
  const [values, setValues] = useState(settings);
  const { execute, isPending, result, hasSucceeded } = useAction(updateListingSettingsAction);
  const changed = OPTIONS.some(({ key }) => values[key] !== settings[key]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Marketplace listing</CardTitle>
        <CardDescription>
          {published ? "Investors see the overview and location." : "When published, investors see the overview and location."} Choose what else they see:
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2">
        {OPTIONS.map(({ key, label }) => (
          <label key={key} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-primary" checked={values[key]} onChange={(event) => setValues({ ...values, [key]: event.target.checked })} />
            {label}
          </label>
        ))}
      </CardContent>
      <CardFooter className="flex items-center gap-3">
        <Button size="sm" disabled={isPending || !changed} onClick={() => execute({ projectId, ...values })}>
          {isPending ? "Saving…" : "Save"}
        </Button>
        {result.serverError ? (
          <p role="alert" className="text-xs text-danger">
            {result.serverError.message}
          </p>
        ) : hasSucceeded && !changed ? (
          <p role="status" className="text-xs text-muted-foreground">
            Saved.
          </p>
        ) : null}
      </CardFooter>
    </Card>
  );
}
