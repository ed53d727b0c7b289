"""Reads a Gatling 3.13 report's figures (js/stats.js): prints requests, errors, p95 and mean per
request type, then the run's throughput. With --line, prints instead one line for a side-by-side
table: requests, errors, requests/s (all and successful), p95 over all in ms.

    python3 server/bench/load/stats.py REPORT_DIR [--line]
"""
import json
import re
import sys

# the report's figures are a JavaScript object: quote its bare keys to read it
text = open(sys.argv[1].rstrip("/") + "/js/stats.js").read()
text = text[text.index("{"):]
text = re.sub(r'(^|[{,\n])(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:', r'\1\2"\3":', text)
stats, _ = json.JSONDecoder().raw_decode(text)
rows = []


def walk(node):
    if node.get("type") == "REQUEST":
        s = node["stats"]
        rows.append((s["name"], s["numberOfRequests"]["total"], s["numberOfRequests"]["ko"],
                     s["percentiles3"]["total"], s["meanResponseTime"]["total"]))
    for child in node.get("contents", {}).values():
        walk(child)


walk(stats)
g = stats["stats"]
total, ko = g["numberOfRequests"]["total"], g["numberOfRequests"]["ko"]
rps, rps_ok = float(g["meanNumberOfRequestsPerSecond"]["total"]), float(g["meanNumberOfRequestsPerSecond"]["ok"])
if "--line" in sys.argv:
    print(f"requests={total} errors={ko} rps={rps:.1f} rps_ok={rps_ok:.1f} p95={g['percentiles3']['total']}")
    for name, n, k, p95, mean in sorted(rows):
        print(f"p95[{name}]={p95}")
    sys.exit(0)
print(f"{'request type':36} {'requests':>9} {'errors':>7} {'p95 ms':>7} {'mean ms':>8}")
for name, n, k, p95, mean in sorted(rows):
    print(f"{name:36} {n:>9} {k:>7} {p95:>7} {mean:>8}")
print(f"{'ALL':36} {total:>9} {ko:>7} {g['percentiles3']['total']:>7} {g['meanResponseTime']['total']:>8}")
print(f"Throughput: {rps:.1f} requests/s ({rps_ok:.1f} successful)")
