import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";

/** A titled group of fields: the explanation on the left on wide screens, above the card on narrow ones. */
export function FormSection({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <section className="grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      <div className="grid content-start gap-1">
        <h2 className="text-base font-semibold tracking-tight">{title}</h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      <Card>
        <CardContent className="grid gap-5 pt-4 sm:pt-5">{children}</CardContent>
      </Card>
    </section>
  );
}
