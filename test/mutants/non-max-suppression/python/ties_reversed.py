# ties: sorts ascending and reverses, so equal scores come out in reverse index order
import math

Box = tuple[float, float, float, float]


def _check(box) -> None:
    x1, y1, x2, y2 = box
    if any(math.isnan(c) for c in box):
        raise ValueError(f"box {box} has a NaN coordinate")
    if x2 < x1 or y2 < y1:
        raise ValueError(f"box {box} has x2 < x1 or y2 < y1")


def _area(box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two (x1, y1, x2, y2) boxes; 0 if the union has zero area."""
    _check(a)
    _check(b)
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = _area(a) + _area(b) - inter
    return inter / union if union > 0 else 0.0


def nms(boxes: list[Box], scores: list[float], iou_threshold: float) -> list[int]:
    """Indices of the boxes kept by greedy non-maximum suppression, highest score first.

    A box is dropped if its IoU with a kept box is greater than iou_threshold. Equal scores go
    in index order. Raise ValueError for invalid boxes, scores or threshold.
    """
    if len(boxes) != len(scores):
        raise ValueError(f"{len(boxes)} boxes but {len(scores)} scores")
    if not (0.0 <= iou_threshold <= 1.0):
        raise ValueError(f"iou_threshold must be in [0, 1], got {iou_threshold}")
    for box in boxes:
        _check(box)
    if any(math.isnan(s) for s in scores):
        raise ValueError("a score is NaN")
    order = sorted(range(len(boxes)), key=lambda i: scores[i])[::-1]
    kept: list[int] = []
    for i in order:
        if all(iou(boxes[i], boxes[k]) <= iou_threshold for k in kept):
            kept.append(i)
    return kept
