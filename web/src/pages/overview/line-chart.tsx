import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

const colours = ["#15803d", "#1d4ed8", "#b91c1c", "#475569", "#a16207", "#7e22ce"];

/** A small uPlot line chart over UTC days; the figures are also in the chart's label. */
export function LineChart({
  label,
  dates,
  series,
}: {
  label: string;
  dates: string[];
  series: { label: string; values: (number | null)[] }[];
}) {
  const box = useRef<HTMLDivElement>(null);
  // Redraw only when the figures change, not on every render.
  const figures = JSON.stringify([dates, series]);
  useEffect(() => {
    const [dates, series] = JSON.parse(figures) as [
      string[],
      { label: string; values: (number | null)[] }[],
    ];
    const element = box.current;
    if (!element) return;
    const xs = dates.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: Math.max(260, Math.min(560, element.clientWidth || 480)),
        height: 200,
        series: [
          {},
          ...series.map((s, i) => ({
            label: s.label,
            stroke: colours[i % colours.length],
            width: 2,
          })),
        ],
        axes: [{}, { size: 40 }],
        legend: { show: true },
      },
      [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
      element,
    );
    return () => plot.destroy();
  }, [figures]);
  return <div ref={box} role="img" aria-label={label} />;
}
