#!/usr/bin/env python3
"""Times Python feedparser on one feed file, for comparison with Paperdesk's parsers.

Usage: feedparser_compare.py FILE [RUNS]
Prints one line: ms_per_parse=<median> min_ms=<min> entries=<count>
"""
import statistics
import sys
import time

import feedparser


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with open(path, "rb") as f:
        data = f.read()
    result = feedparser.parse(data)  # warm-up: imports and caches are not what we measure
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = feedparser.parse(data)
        times.append((time.perf_counter() - start) * 1000.0)
    print(f"ms_per_parse={statistics.median(times):.2f} min_ms={min(times):.2f} entries={len(result.entries)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
