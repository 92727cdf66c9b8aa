import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { CountryOption } from "@/lib/projects/project-form-options";
import { CountryCombobox } from "./country-combobox";
import type { FieldErrors } from "./field-errors";
import { FormSection } from "./form-section";
import type { ProjectFormValues } from "./project-form-values";

export function LocationFields({ values, errors, countries }: { values: ProjectFormValues; errors: FieldErrors; countries: CountryOption[] }) {
  return (
    <FormSection title="Location" description="Where the site is. Coordinates put it on investors' maps.">
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <Field label="Country" error={errors.geographyCountry} required>
          <CountryCombobox name="geographyCountry" options={countries} defaultValue={values.geographyCountry} />
        </Field>
        <Field label="Region or state" error={errors.geographyRegion} required>
          <Input name="geographyRegion" defaultValue={values.geographyRegion} placeholder="e.g. Turkana County" />
        </Field>
        <Field label="Latitude" error={errors.latitude} hint="Decimal degrees, -90 to 90. Give both coordinates or neither.">
          <Input name="latitude" inputMode="decimal" defaultValue={values.latitude} placeholder="3.1191" />
        </Field>
        <Field label="Longitude" error={errors.longitude} hint="Decimal degrees, -180 to 180.">
          <Input name="longitude" inputMode="decimal" defaultValue={values.longitude} placeholder="35.5973" />
        </Field>
      </div>
    </FormSection>
  );
}
