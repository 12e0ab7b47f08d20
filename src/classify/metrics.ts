// Evaluation metrics over (gold, predicted) label pairs.

export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}
export interface LabelScores {
  n: number;
  accuracy: number;
  /** mean F1 over the classes that occur in the gold labels */
  macroF1: number;
  perClass: ClassScore[];
}

export function scoreLabels(pairs: readonly [string, string][], labels: readonly string[]): LabelScores {
  const perClass = labels.map((label) => {
    const tp = pairs.filter(([g, p]) => g === label && p === label).length;
    const support = pairs.filter(([g]) => g === label).length;
    const predicted = pairs.filter(([, p]) => p === label).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support, predicted };
  });
  const present = perClass.filter((c) => c.support > 0);
  const correct = pairs.filter(([g, p]) => g === p).length;
  return {
    n: pairs.length,
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: present.length ? present.reduce((a, c) => a + c.f1, 0) / present.length : 0,
    perClass,
  };
}

/** Rows: gold label; columns: predicted (abbreviated to 5 letters). */
export function confusionTable(pairs: readonly [string, string][], labels: readonly string[]): string {
  const used = labels.filter((l) => pairs.some(([g, p]) => g === l || p === l));
  const head = '  gold\\pred'.padEnd(16) + used.map((l) => l.slice(0, 5).padStart(6)).join('');
  const rows = used.map(
    (g) =>
      '  ' +
      g.slice(0, 13).padEnd(14) +
      used.map((p) => String(pairs.filter(([a, b]) => a === g && b === p).length).padStart(6)).join(''),
  );
  return [head, ...rows].join('\n');
}
