// Trains the classifier once before any test file runs when models/ holds none or only a stale one
// (src/classify/index.ts), so parallel test files never each train their own copy at the same time.
import { loadClassifier } from '../../src/classify/index.js';

export default function setup() {
  loadClassifier();
}
