"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { CheckboxGroup } from "@/components/matching/mandates/checkbox-group";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { API_SCOPE_LABELS, API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
import { NewApiKeyReveal } from "./new-api-key-reveal";

const SCOPE_OPTIONS = API_SCOPES.map((scope) => ({ value: scope, label: `${scope} — ${API_SCOPE_LABELS[scope]}` }));
const MAX_RATE_LIMIT = 10_000;

/** Name, scopes, optional expiry and limit; on success the key is shown once above a fresh form. */
export function CreateApiKeyForm({ tomorrow }: { tomorrow: string }) {
  const [expiresOn, setExpiresOn] = useState("");
  const [formKey, setFormKey] = useState(0);
  const { execute, result, isPending, reset } = useAction(createApiKeyAction, {
    onSuccess: () => {
      setExpiresOn("");
      setFormKey((n) => n + 1);
    },
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const created = result.data;

  return (
    <Card className="max-w-3xl">
      <form
        key={formKey}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          execute({
            name: String(form.get("name") ?? ""),
            scopes: form.getAll("scopes").map(String) as ApiScope[],
            expiresOn,
            rateLimitPerMinute: String(form.get("rateLimitPerMinute") ?? ""),
          });
        }}
      >
        <CardHeader>
          <CardTitle>Create a key</CardTitle>
          <CardDescription>A key acts for the whole organisation, limited to the scopes you give it. Give each system its own key.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          {created ? <NewApiKeyReveal name={created.apiKey.name} apiKey={created.key} onDone={reset} /> : null}
          {result.serverError ? (
            <Alert variant="danger" title="The key was not created">
              {result.serverError.message}
            </Alert>
          ) : null}
          <Field label="Name" hint="Who uses it, e.g. “ERP sync” or “BI dashboard”." error={errors.name} required>
            <Input name="name" maxLength={255} autoComplete="off" />
          </Field>
          <CheckboxGroup
            legend="Scopes"
            name="scopes"
            options={SCOPE_OPTIONS}
            defaultValue={["projects:read"]}
            error={errors.scopes?.[0]}
            className="[&>div]:sm:grid-cols-2"
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label="Expires on" hint="Optional. The key stops working at the start of this day (UTC)." error={errors.expiresOn}>
              <DateField value={expiresOn} onChange={setExpiresOn} min={tomorrow} />
            </Field>
            <Field label="Requests a minute" hint="Optional, 1 to 10,000. Without it the key shares your plan's limit." error={errors.rateLimitPerMinute}>
              <Input name="rateLimitPerMinute" type="number" inputMode="numeric" min={1} max={MAX_RATE_LIMIT} step={1} />
            </Field>
          </div>
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" disabled={isPending} aria-busy={isPending}>
            {isPending ? "Creating…" : "Create key"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
