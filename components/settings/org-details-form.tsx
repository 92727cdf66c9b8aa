"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { updateOrgSettingsAction } from "@/lib/org-settings/actions";
import type { OrgSettingsDto } from "@/lib/org-settings/get-org-settings";
import { BrandPreview } from "./brand-preview";
import { ColourField } from "./colour-field";

export function OrgDetailsForm({ settings }: { settings: OrgSettingsDto }) {
  const [values, setValues] = useState({ name: settings.name, primaryColor: settings.primaryColor, accentColor: settings.accentColor });
  const [saved, setSaved] = useState(false);
  const { execute, result, isPending } = useAction(updateOrgSettingsAction, { onSuccess: () => setSaved(true) });
  const errors = result.validationErrors?.fieldErrors ?? {};
  const set = (field: keyof typeof values) => (value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  return (
    <Card>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          execute(values);
        }}
      >
        <CardHeader>
          <CardTitle>Name and colours</CardTitle>
          <CardDescription>How your organisation appears to your team and, on published projects, to investors.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          {result.serverError ? (
            <Alert variant="danger" title="The settings were not saved">
              {result.serverError.message}
            </Alert>
          ) : null}
          <Field
            label="Organisation name"
            error={errors.name}
            hint={settings.nameManagedByClerk ? "This name comes from your Clerk organisation: rename it in Clerk." : undefined}
            required
          >
            <Input
              name="name"
              value={values.name}
              onChange={(event) => set("name")(event.target.value)}
              readOnly={settings.nameManagedByClerk}
              autoComplete="organization"
            />
          </Field>
          <div className="grid items-start gap-5 sm:grid-cols-2">
            <ColourField label="Primary colour" name="primaryColor" value={values.primaryColor} onChange={set("primaryColor")} error={errors.primaryColor} />
            <ColourField label="Accent colour" name="accentColor" value={values.accentColor} onChange={set("accentColor")} error={errors.accentColor} />
          </div>
          <BrandPreview name={values.name} logoUrl={settings.logoUrl} primaryColor={values.primaryColor} accentColor={values.accentColor} />
        </CardContent>
        <CardFooter className="justify-end">
          <p role="status" className="mr-auto text-sm text-success">
            {saved && !isPending ? "Saved." : ""}
          </p>
          <Button type="submit" disabled={isPending} aria-busy={isPending}>
            {isPending ? "Saving…" : "Save changes"}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
