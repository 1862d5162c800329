Box = tuple[float, float, float, float]


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two (x1, y1, x2, y2) boxes; 0 if the union has zero area."""
    raise NotImplementedError


def nms(boxes: list[Box], scores: list[float], iou_threshold: float) -> list[int]:
    """Indices of the boxes kept by greedy non-maximum suppression, highest score first.

    A box is dropped if its IoU with a kept box is greater than iou_threshold. Equal scores go
    in index order. Raise ValueError for invalid boxes, scores or threshold.
    """
    raise NotImplementedError
