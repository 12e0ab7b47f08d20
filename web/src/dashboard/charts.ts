// Register only the chart.js parts the dashboard uses (keeps the lazy chunk small).
import {
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarElement, CategoryScale, LinearScale, LineElement, PointElement, Tooltip, Legend);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.animation = false; // modest laptops: draw once, no tweening

/** Distinguishable colours (colour-blind safe first). */
export const PALETTE = [
  '#0f6cbd',
  '#e8871e',
  '#2e8b57',
  '#c0392b',
  '#7b4fa8',
  '#17a2b8',
  '#8c6d31',
  '#d63384',
  '#5c6770',
  '#9acd32',
  '#20c997',
  '#6f42c1',
  '#fd7e14',
  '#343a40',
  '#adb5bd',
];

export const URGENCY_COLORS: Record<string, string> = {
  kritis: '#c0392b',
  tinggi: '#e8871e',
  normal: '#0f6cbd',
  rendah: '#8a9aa9',
};
