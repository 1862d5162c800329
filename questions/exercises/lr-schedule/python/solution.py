class WarmupCosineSchedule:
    """Learning rate per optimiser step: linear warmup, then cosine decay to a floor.

    With W = warmup_steps and T = total_steps:
      step < W:       peak_lr * step / W                      (0 at step 0)
      W <= step < T:  p = (step - W) / (T - W)
                      min_lr + (peak_lr - min_lr) * (1 + cos(pi * p)) / 2   (peak_lr at step W)
      step >= T:      min_lr
    Raise ValueError unless peak_lr > 0, 0 <= min_lr <= peak_lr, W is an integer >= 0 and T an
    integer > W; lr() raises ValueError for a step that is not an integer >= 0.
    """

    def __init__(self, peak_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> None:
        raise NotImplementedError

    def lr(self, step: int) -> float:
        """The learning rate to use for optimiser step `step` (counting from 0)."""
        raise NotImplementedError
