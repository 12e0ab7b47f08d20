// Shared output format for benchmarks: one line per figure with its target and ratio (>= 1 meets it).
export function figure(
  name: string,
  value: number,
  unit: string,
  target: number,
  higherIsBetter: boolean,
): string {
  const ratio = higherIsBetter ? value / target : target / value;
  const verdict = ratio >= 1 ? 'OK' : 'BELOW TARGET';
  const cmp = higherIsBetter ? '>=' : '<';
  return `${name.padEnd(34)} ${value.toFixed(value < 10 ? 3 : 0).padStart(10)} ${unit.padEnd(7)} target ${cmp} ${target} ${unit}  ratio ${ratio.toFixed(2)}  ${verdict}`;
}
