import { Menu } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";

/** The button that opens the navigation sheet, the same before and after the sheet's code has loaded. */
export function MobileNavButton(props: ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon" className="-ml-2 lg:hidden" aria-label="Open navigation menu" {...props}>
      <Menu aria-hidden className="size-5" />
    </Button>
  );
}
