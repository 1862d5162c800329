# input mutation: sorts the caller's lists in place and deletes suppressed boxes from them
import math


def _area(box):
    return (box[2] - box[0]) * (box[3] - box[1])


def _check(box):
    if any(math.isnan(c) for c in box) or box[2] < box[0] or box[3] < box[1]:
        raise ValueError("bad box")


def iou(a, b):
    _check(a)
    _check(b)
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = _area(a) + _area(b) - inter
    return inter / union if union > 0 else 0.0


def nms(boxes, scores, iou_threshold):
    if len(boxes) != len(scores) or not (0.0 <= iou_threshold <= 1.0) or any(math.isnan(s) for s in scores):
        raise ValueError("bad input")
    for box in boxes:
        _check(box)
    items = sorted(zip(scores, range(len(boxes)), boxes), key=lambda t: -t[0])
    boxes[:] = [t[2] for t in items]
    scores[:] = [t[0] for t in items]
    index = [t[1] for t in items]
    kept = []
    while boxes:
        best, best_index = boxes.pop(0), index.pop(0)
        scores.pop(0)
        kept.append(best_index)
        for j in range(len(boxes) - 1, -1, -1):
            if iou(best, boxes[j]) > iou_threshold:
                del boxes[j], scores[j], index[j]
    return kept
