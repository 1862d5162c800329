class RunningMedian:
    """Median of a stream of numbers: add in O(log n), median in O(1)."""

    def __init__(self) -> None:
        raise NotImplementedError

    def add(self, x: float) -> None:
        """Add x to the stream."""
        raise NotImplementedError

    def median(self) -> float:
        """The median of the values added so far: the middle value for an odd count, the mean of
        the two middle values for an even count. Raise ValueError if nothing was added."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of values added."""
        raise NotImplementedError
