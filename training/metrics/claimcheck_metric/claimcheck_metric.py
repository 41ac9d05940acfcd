"""claimcheck's sentence metric for ``evaluate``, loaded from this folder.

``evaluate.load("training/metrics/claimcheck_metric")`` reads it from disk,
so nothing reaches a hub. Inputs: ``predictions`` and ``references`` (1 for
speculation, 0 for fact) and ``scores`` (the predicted probability of
speculation). Outputs: precision, recall and F1 of speculation, accuracy, the
confusion matrix, the expected calibration error and a reliability table.
"""

import datasets
import evaluate
import numpy as np

_DESCRIPTION = (
    "Precision, recall, F1 of the positive class, accuracy, confusion matrix and calibration (ECE)."
)

_INPUTS = """
Args:
    predictions: predicted labels, 1 (speculation) or 0 (fact).
    references: gold labels, 1 or 0.
    scores: predicted probability of 1, in [0, 1].
    n_bins: number of equal-width bins of the reliability table (default 10).
Returns:
    precision, recall, f1, accuracy, support, confusion_matrix ([[tn, fp], [fn, tp]]),
    ece, reliability (a list of {low, high, count, mean_score, positive_rate}).
"""


class ClaimcheckMetric(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation="",
            inputs_description=_INPUTS,
            features=datasets.Features(
                {
                    "predictions": datasets.Value("int32"),
                    "references": datasets.Value("int32"),
                    "scores": datasets.Value("float64"),
                }
            ),
        )

    def _compute(self, predictions, references, scores, n_bins=10):
        pred = np.asarray(predictions, dtype=int)
        gold = np.asarray(references, dtype=int)
        score = np.clip(np.asarray(scores, dtype=float), 0.0, 1.0)
        tp = int(np.sum((pred == 1) & (gold == 1)))
        fp = int(np.sum((pred == 1) & (gold == 0)))
        fn = int(np.sum((pred == 0) & (gold == 1)))
        tn = int(np.sum((pred == 0) & (gold == 0)))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        edges = np.linspace(0.0, 1.0, n_bins + 1)
        bins = np.clip(np.digitize(score, edges[1:-1]), 0, n_bins - 1)
        table, ece = [], 0.0
        for b in range(n_bins):
            inside = bins == b
            count = int(inside.sum())
            mean_score = float(score[inside].mean()) if count else None
            positive_rate = float(gold[inside].mean()) if count else None
            if count:
                ece += abs(mean_score - positive_rate) * count / len(score)
            table.append(
                {
                    "low": float(edges[b]),
                    "high": float(edges[b + 1]),
                    "count": count,
                    "mean_score": mean_score,
                    "positive_rate": positive_rate,
                }
            )
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "accuracy": (tp + tn) / len(gold) if len(gold) else 0.0,
            "support": int(gold.sum()),
            "confusion_matrix": [[tn, fp], [fn, tp]],
            "ece": float(ece),
            "reliability": table,
        }
