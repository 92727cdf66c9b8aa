import { MapPinOff } from "lucide-react";
import { countryName } from "@/components/projects/list/country-name";
import { ListingMap } from "@/components/marketplace/map/listing-map";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ProjectDto } from "@/lib/projects/to-project-dto";

/** The project's pin on the offline world map, when the developer gave coordinates. */
export function ListedProjectLocation({ project }: { project: Pick<ProjectDto, "id" | "name" | "geographyCoordinates" | "geographyRegion" | "geographyCountry"> }) {
  const place = `${project.geographyRegion}, ${countryName(project.geographyCountry)}`;
  const at = project.geographyCoordinates;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Location</CardTitle>
      </CardHeader>
      <CardContent>
        {at ? (
          <ListingMap
            heightClass="h-56"
            label={`${place} (${at.lat.toFixed(3)}, ${at.lng.toFixed(3)})`}
            countryCounts={[]}
            pins={[{ id: project.id, name: project.name, href: `/marketplace/${project.id}`, lat: at.lat, lng: at.lng, caption: place }]}
          />
        ) : (
          <EmptyState size="sm" icon={MapPinOff} title={place} description="The developer has not given the site's coordinates." />
        )}
      </CardContent>
    </Card>
  );
}
