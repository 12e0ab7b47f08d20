// Chart geometry shared by the HTML (SVG) and the PDF renderer: the same bars and cells, drawn twice.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BarShape extends Box {
  label: string;
  value: number;
}

/** Vertical bars, one per value, scaled to the largest (a zero chart keeps zero-height bars). */
export function columnBars(labels: string[], values: number[], box: Box): BarShape[] {
  const max = Math.max(1, ...values);
  const slot = box.w / Math.max(1, values.length);
  return values.map((value, i) => {
    const h = (value / max) * box.h;
    return {
      x: box.x + i * slot + slot * 0.15,
      y: box.y + box.h - h,
      w: slot * 0.7,
      h,
      label: labels[i],
      value,
    };
  });
}

/** Horizontal bars of shares (0..1) with room on the left for labels. */
export function shareBars(
  labels: string[],
  shares: (number | null)[],
  box: Box,
  labelWidth: number,
): BarShape[] {
  const row = box.h / Math.max(1, shares.length);
  return shares.map((share, i) => ({
    x: box.x + labelWidth,
    y: box.y + i * row + row * 0.2,
    w: (share ?? 0) * (box.w - labelWidth),
    h: row * 0.6,
    label: labels[i],
    value: share ?? 0,
  }));
}

export interface Cell extends Box {
  value: number;
  /** 0..1 of the busiest cell. */
  intensity: number;
}

/** A weekday × hour grid. */
export function heatCells(grid: number[][], box: Box): Cell[] {
  const max = Math.max(1, ...grid.flat());
  const cw = box.w / 24;
  const ch = box.h / grid.length;
  return grid.flatMap((row, d) =>
    row.map((value, hour) => ({
      x: box.x + hour * cw,
      y: box.y + d * ch,
      w: cw - 1,
      h: ch - 1,
      value,
      intensity: value / max,
    })),
  );
}

/** Blue shades from near-white to the report's blue, as #rrggbb (which both SVG and pdfkit read). */
export function shade(intensity: number): string {
  const mix = (a: number, b: number) =>
    Math.round(a + (b - a) * intensity)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(240, 15)}${mix(245, 108)}${mix(250, 189)}`;
}

export const WEEKDAYS = ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'];
