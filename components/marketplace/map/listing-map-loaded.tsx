"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { type GeoJSONSource, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl } from "maplibre-gl";
import maplibrePackage from "maplibre-gl/package.json";
import { useEffect, useRef } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { MapCountry, MapPin } from "./map-types";

setWorkerUrl(`/api/vendor/maplibre-worker?v=${maplibrePackage.version}`);

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries);

function shaded(counts: MapCountry[]) {
  const byCode = new Map(counts.map((c) => [c.numericCode, c.count]));
  return { ...countries, features: countries.features.map((f) => ({ ...f, properties: { ...f.properties, count: byCode.get(String(f.id)) ?? 0 } })) };
}

function pinsGeoJson(pins: MapPin[]): GeoJSON.FeatureCollection<GeoJSON.Point, { id: string }> {
  return {
    type: "FeatureCollection",
    features: pins.map((p) => ({ type: "Feature", geometry: { type: "Point", coordinates: [p.lng, p.lat] }, properties: { id: p.id } })),
  };
}

/** A pin's popup, built from DOM nodes: project names are text, never HTML. */
function popupContent(pin: MapPin): HTMLElement {
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = pin.href;
  link.textContent = pin.name;
  link.className = "font-medium text-primary underline";
  const caption = document.createElement("p");
  caption.textContent = pin.caption;
  caption.className = "text-xs text-muted-foreground";
  box.append(link, caption);
  return box;
}

/**
 * maplibre over world-atlas's bundled 1:110m country shapes: no tile server and no glyphs, so it
 * works offline (and without text labels: names are in the popups and the list).
 */
export default function ListingMapLoaded({ pins, countryCounts, heightClass = "h-[480px]" }: { pins: MapPin[]; countryCounts: MapCountry[]; heightClass?: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({
      container: container.current,
      style: {
        version: 8,
        sources: { countries: { type: "geojson", data: shaded(countryCounts) }, pins: { type: "geojson", data: pinsGeoJson(pins) } },
        layers: [
          { id: "sea", type: "background", paint: { "background-color": "#eef4f8" } },
          {
            id: "countries",
            type: "fill",
            source: "countries",
            paint: { "fill-color": ["case", [">", ["get", "count"], 0], ["interpolate", ["linear"], ["get", "count"], 1, "#bfe3cf", 50, "#2f8f5b"], "#f8fafb"] },
          },
          { id: "borders", type: "line", source: "countries", paint: { "line-color": "#b8c4cc", "line-width": 0.6 } },
          {
            id: "pins",
            type: "circle",
            source: "pins",
            paint: { "circle-radius": 7, "circle-color": "#1f5fbf", "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 },
          },
        ],
      },
      center: [20, 5],
      zoom: 1.2,
      attributionControl: false,
    });
    map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    const byId = new Map(pins.map((p) => [p.id, p]));
    map.on("click", "pins", (event) => {
      const pin = byId.get(String(event.features?.[0]?.properties?.id));
      if (pin) new Popup({ closeButton: true }).setLngLat([pin.lng, pin.lat]).setDOMContent(popupContent(pin)).addTo(map);
    });
    map.on("mouseenter", "pins", () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", "pins", () => (map.getCanvas().style.cursor = ""));
    map.on("load", () => {
      if (pins.length === 0) return;
      const lngs = pins.map((p) => p.lng);
      const lats = pins.map((p) => p.lat);
      map.fitBounds([Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)], { padding: 60, maxZoom: 5, duration: 0 });
      (map.getSource("pins") as GeoJSONSource | undefined)?.setData(pinsGeoJson(pins));
    });
    return () => map.remove();
  }, [pins, countryCounts]);
  return <div ref={container} className={`${heightClass} w-full overflow-hidden rounded-lg border border-border`} data-testid="marketplace-map" />;
}
