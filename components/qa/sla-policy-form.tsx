"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { updateSlaPolicyAction } from "@/lib/qa/actions";
import { DEFAULT_SLA_HOURS, MAX_SLA_HOURS, QA_PRIORITIES, QA_PRIORITY_LABELS, type QaPriority } from "@/lib/qa/qa-options";
import { formatHours } from "./format-hours";

const FIELD: Record<QaPriority, "urgentHours" | "highHours" | "normalHours" | "lowHours"> = {
  urgent: "urgentHours",
  high: "highHours",
  normal: "normalHours",
  low: "lowHours",
};

/** The hours the org gives itself to answer, per priority; new questions take their deadline from them. */
export function SlaPolicyForm({ hours, isDefault }: { hours: Record<QaPriority, number>; isDefault: boolean }) {
  const [values, setValues] = useState<Record<QaPriority, string>>({
    urgent: String(hours.urgent),
    high: String(hours.high),
    normal: String(hours.normal),
    low: String(hours.low),
  });
  const [saved, setSaved] = useState(false);
  const { execute, result, isPending } = useAction(updateSlaPolicyAction, { onSuccess: () => setSaved(true) });
  const errors = result.validationErrors?.fieldErrors ?? {};

  return (
    <Card className="max-w-2xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          execute({ urgentHours: values.urgent, highHours: values.high, normalHours: values.normal, lowHours: values.low });
        }}
      >
        <CardHeader>
          <CardTitle>Response times</CardTitle>
          <CardDescription>
            {isDefault ? "You use the platform's defaults. " : ""}Questions already asked keep the deadline they were given; new questions use these hours.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5 sm:grid-cols-2">
          {result.serverError ? (
            <Alert variant="danger" title="The response times were not saved" className="sm:col-span-2">
              {result.serverError.message}
            </Alert>
          ) : null}
          {QA_PRIORITIES.map((priority) => (
            <Field
              key={priority}
              label={`${QA_PRIORITY_LABELS[priority]} (hours)`}
              hint={`Default ${DEFAULT_SLA_HOURS[priority]} h (${formatHours(DEFAULT_SLA_HOURS[priority])}).`}
              error={errors[FIELD[priority]]}
              required
            >
              <Input
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_SLA_HOURS}
                step={1}
                name={FIELD[priority]}
                value={values[priority]}
                onChange={(event) => {
                  setSaved(false);
                  setValues((current) => ({ ...current, [priority]: event.target.value }));
                }}
              />
            </Field>
          ))}
        </CardContent>
        <CardFooter className="justify-end">
          <p role="status" className="mr-auto text-sm text-success">
            {saved && !isPending ? "Saved." : ""}
          </p>
          <Button type="submit" disabled={isPending} aria-busy={isPending}>
            {isPending ? "Saving…" : "Save response times"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
