// One evaluated text: gold labels where the file has them, the classifier's answer, and its scores.
import type { Classifier } from '../classifier.js';

export interface EvalRow {
  goldTopic?: string;
  goldUrgency?: string;
  topic: string;
  urgency: string;
  /** the classifier's message type (set by evaluateText; rows built elsewhere may leave it out) */
  type?: string;
  topicConfidence: number;
  /** calibrated danger probability (null without a detector) */
  danger: number | null;
}

export function evaluateText(
  classifier: Classifier,
  text: string,
  gold: { topic?: string; urgency?: string },
): EvalRow {
  const c = classifier.classify(text);
  return {
    goldTopic: gold.topic,
    goldUrgency: gold.urgency,
    topic: c.topic,
    urgency: c.urgency,
    type: c.type,
    topicConfidence: c.confidence.topic,
    danger: classifier.danger(text),
  };
}
