"""Working-time arithmetic on a resource calendar, for many tickets at once.

A clock loads the calendar's work intervals (attendances minus global leaves,
i.e. public holidays) once over a date range and keeps the cumulative working
seconds at each interval start. Any "deadline = start + N working seconds" or
"working seconds between a and b" is then a binary search, so planning ten
thousand deadlines costs one calendar read instead of ten thousand.
A clock without calendar counts every second (7x24): a missing calendar must
never stop a ticket from getting a deadline.
"""

from bisect import bisect_left, bisect_right
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
_MAX_HORIZON_DAYS = 3 * 366


def _ts(dt):
    """Seconds since the epoch of a naive UTC datetime (Odoo's storage)."""
    return dt.replace(tzinfo=UTC).timestamp()


def _dt(ts):
    return datetime.fromtimestamp(ts, UTC).replace(tzinfo=None, microsecond=0)


class SlaClock:
    def __init__(self, calendar=None):
        self.calendar = calendar or None
        self.lo = self.hi = None
        self.starts, self.ends, self.cum, self.cum_end, self.day_end = (
            [],
            [],
            [],
            [],
            [],
        )

    # --- loading ---------------------------------------------------------
    def ensure(self, lo, hi):
        """Make sure work intervals cover [lo, hi] (epoch seconds)."""
        if not self.calendar:
            return
        if self.lo is not None and self.lo <= lo and hi <= self.hi:
            return
        lo = min(lo, self.lo) if self.lo is not None else lo
        hi = max(hi, self.hi) if self.hi is not None else hi
        # whole days either side so that a day's last interval is complete
        lo -= 86400 * 2
        hi += 86400 * 2
        start = datetime.fromtimestamp(lo, UTC)
        end = datetime.fromtimestamp(hi, UTC)
        intervals = self.calendar._work_intervals_batch(start, end)[False]
        starts, ends, cum, cum_end, days = [], [], [], [], []
        total = 0.0
        for istart, iend, _rec in intervals:
            s, e = istart.timestamp(), iend.timestamp()
            if e <= s:
                continue
            starts.append(s)
            ends.append(e)
            cum.append(total)
            total += e - s
            cum_end.append(total)
            days.append(istart.date())
        # last end of each local working day, per interval
        day_end = [0.0] * len(ends)
        for i in range(len(ends) - 1, -1, -1):
            if i + 1 < len(ends) and days[i + 1] == days[i]:
                day_end[i] = day_end[i + 1]
            else:
                day_end[i] = ends[i]
        self.lo, self.hi = lo, hi
        self.starts, self.ends, self.cum, self.cum_end = starts, ends, cum, cum_end
        self.day_end = day_end

    def _worked(self, t):
        """Working seconds from the range start up to t."""
        i = bisect_right(self.starts, t) - 1
        if i < 0:
            return 0.0
        return self.cum[i] + min(t, self.ends[i]) - self.starts[i]

    # --- public API (naive UTC datetimes in and out) -------------------------
    def plan(self, start, seconds):
        """The moment `seconds` working seconds after `start`."""
        if seconds <= 0:
            return start
        if not self.calendar:
            return start + timedelta(seconds=seconds)
        t = _ts(start)
        span = max(seconds * 4, 14 * 86400)
        while True:
            self.ensure(t, t + span)
            target = self._worked(t) + seconds
            if self.cum_end and target <= self.cum_end[-1]:
                j = bisect_left(self.cum_end, target)
                return _dt(self.starts[j] + target - self.cum[j])
            if span > _MAX_HORIZON_DAYS * 86400:
                # a calendar without working time: count calendar time
                return start + timedelta(seconds=seconds)
            span *= 2

    def worked(self, start, end):
        """Working seconds between two moments (negative if end < start)."""
        if not self.calendar:
            return (end - start).total_seconds()
        a, b = _ts(start), _ts(end)
        self.ensure(min(a, b), max(a, b))
        return self._worked(b) - self._worked(a)

    def end_of_day(self, start):
        """End of the working day of `start` (or of the next one if after hours)."""
        if not self.calendar:
            day = start.date() + timedelta(days=1)
            return datetime.combine(day, datetime.min.time())
        t = _ts(start)
        span = 14 * 86400
        while True:
            self.ensure(t, t + span)
            i = bisect_right(self.ends, t)
            if i < len(self.ends):
                return _dt(self.day_end[i])
            if span > _MAX_HORIZON_DAYS * 86400:
                return start + timedelta(days=1)
            span *= 2
