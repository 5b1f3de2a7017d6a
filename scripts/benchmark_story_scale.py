#!/usr/bin/env python3
"""The measuring half of scripts/benchmark-story-scale.sh (which starts Azurite, the host and the notifier).

Uploads a Timeline17 folder into one story with the CLI in batches and measures, after each batch, the ingest rate
and the latency of the timeline (first page, full), the summary, the story page and the story list, cold (the first
read after a change: a small invented probe article is uploaded as a new version before each cold read) and warm,
with the host's and the worker's peak memory. With --after-restart it times the first reads after a host start.
"""
import argparse
import concurrent.futures
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request

STORY = "t17-scale"


def get(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        body = response.read()
    return time.perf_counter() - start, len(body), body


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def ms(seconds):
    return f"{seconds * 1000:,.0f}"


class Bench:
    def __init__(self, args):
        self.args = args
        self.api = args.api.rstrip("/")
        self.probe_count = 0
        self.urls = {
            "page": f"{self.api}/api/stories/{STORY}/timeline?limit=50",
            "full": f"{self.api}/api/stories/{STORY}/timeline",
            "summary": f"{self.api}/api/stories/{STORY}/summary",
            "view": f"{self.api}/api/view/stories/{STORY}",
            "list": f"{self.api}/api/stories",
        }

    def upload(self, folder, extra=()):
        cmd = ["dotnet", self.args.cli, "upload", folder, "--story", STORY, "--wait", "--timeout", "1200",
               "--connection", self.args.connection, "--api", self.api, *extra]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start

    def probe(self):
        """A new version of one small invented article: the story changes, so the next read is cold."""
        self.probe_count += 1
        folder = os.path.join(self.args.work, "probe")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "scale-probe.txt"), "w", encoding="utf-8") as f:
            f.write(f"Probe {self.probe_count}\n\nOn Tuesday the Velmont relief committee held its meeting number "
                    f"{self.probe_count} in the town hall, its chair Anna Korvel said.\n")
        self.upload(folder, ["--published", "2010-02-02"])

    def warm(self, key, n=None):
        times, size = [], 0
        for _ in range(n or self.args.warm):
            t, size, _ = get(self.urls[key])
            times.append(t)
        return {"p50": pct(times, 50), "p95": pct(times, 95), "bytes": size}

    def cold(self, key):
        self.probe()
        t, size, _ = get(self.urls[key])
        return t

    def concurrent_cold(self, readers=4):
        self.probe()
        with concurrent.futures.ThreadPoolExecutor(readers) as pool:
            times = list(pool.map(lambda _: get(self.urls["page"])[0], range(readers)))
        return max(times)

    def memory(self):
        def status(pid):
            try:
                with open(f"/proc/{pid}/status", encoding="utf-8") as f:
                    fields = dict(line.split(":", 1) for line in f if ":" in line)
                return int(fields["VmHWM"].split()[0]) // 1024, int(fields["VmRSS"].split()[0]) // 1024
            except (OSError, KeyError):
                return None

        host = self.args.host_pid
        workers = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                        if int(f.read().rsplit(")", 1)[1].split()[1]) == host:
                            workers.append(int(entry))
                except (OSError, ValueError, IndexError):
                    pass
        worker = max((status(w) for w in workers if status(w)), default=None)
        return {"host": status(host), "worker": worker}

    def ingest_durations(self, offset):
        with open(os.path.join(self.args.work, "host.log"), encoding="utf-8", errors="replace") as f:
            f.seek(offset)
            text = f.read()
        return [int(d) for d in re.findall(r"Executed 'Functions\.IngestArticle' \(Succeeded, Id=[^,]+, Duration=(\d+)ms\)", text)]

    def log_size(self):
        return os.path.getsize(os.path.join(self.args.work, "host.log"))

    def run_steps(self):
        files = sorted(f for f in os.listdir(os.path.join(self.args.folder, "articles")) if f.endswith(".txt"))
        steps = [min(int(s), len(files)) for s in self.args.steps.split()]
        rows, done = [], 0
        for step in steps:
            if step <= done:
                continue
            batch = os.path.join(self.args.work, f"batch-{step}")
            os.makedirs(batch, exist_ok=True)
            for name in files[done:step]:
                for f in (name, name[:-4] + ".meta.json"):
                    source = os.path.abspath(os.path.join(self.args.folder, "articles", f))
                    if os.path.exists(source):
                        os.symlink(source, os.path.join(batch, f))
            offset = self.log_size()
            wall = self.upload(batch)
            durations = self.ingest_durations(offset)
            count = step - done
            done = step
            row = {"articles": step, "batch": count, "wall_s": wall, "articles_per_s": count / wall,
                   "ingest_ms_mean": statistics.mean(durations) if durations else None,
                   "ingest_ms_p95": pct(durations, 95) if durations else None}
            row["page_cold"] = get(self.urls["page"])[0]  # the first read after the batch
            row["page_warm"] = self.warm("page")
            row["full_warm"] = self.warm("full", max(5, self.args.warm // 2))
            row["summary_warm"] = self.warm("summary")
            row["view_warm"] = self.warm("view", max(5, self.args.warm // 2))
            row["list_warm"] = self.warm("list")
            row["full_cold"] = self.cold("full")
            row["summary_cold"] = self.cold("summary")
            row["view_cold"] = self.cold("view")
            row["list_cold"] = self.cold("list")
            row["page_cold_probe"] = self.cold("page")
            row["concurrent4_cold_max"] = self.concurrent_cold()
            row["memory_mb"] = self.memory()
            row["load_average"] = os.getloadavg()[0]
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
        self.print_table(rows)
        with open(os.path.join(self.args.work, "results.json"), "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1)

    def print_table(self, rows):
        print(f"\nstory '{STORY}' from {self.args.folder} (+{self.probe_count} probe versions); times in ms, "
              "warm as p50/p95, sizes in KB, memory as peak (VmHWM) MB\n")
        print("| articles | batch art/s | ingest ms/article (mean, p95) | page cold | page warm | full cold | full warm "
              "| full KB | summary cold | summary warm | story page cold | story page warm | page KB | list cold | list warm "
              "| 4 concurrent cold (max) | worker peak MB | host peak MB | load avg |")
        print("|" + "---:|" * 20)
        for r in rows:
            mem = r["memory_mb"]
            mean = f"{r['ingest_ms_mean']:,.0f}, {r['ingest_ms_p95']:,}" if r["ingest_ms_mean"] else "?"
            w = lambda k: f"{ms(r[k]['p50'])}/{ms(r[k]['p95'])}"
            print(f"| {r['articles']} | {r['articles_per_s']:.1f} | {mean} | {ms(r['page_cold'])} ({ms(r['page_cold_probe'])}) "
                  f"| {w('page_warm')} | {ms(r['full_cold'])} | {w('full_warm')} | {r['full_warm']['bytes'] / 1024:,.0f} "
                  f"| {ms(r['summary_cold'])} | {w('summary_warm')} | {ms(r['view_cold'])} | {w('view_warm')} "
                  f"| {r['view_warm']['bytes'] / 1024:,.0f} | {ms(r['list_cold'])} | {w('list_warm')} "
                  f"| {ms(r['concurrent4_cold_max'])} | {mem['worker'][0] if mem['worker'] else '?'} "
                  f"| {mem['host'][0] if mem['host'] else '?'} | {r['load_average']:.1f} |")
        print("\npage cold: the first read after the batch (in brackets: after a probe version); "
              "each other cold figure is the first read of that resource after a probe version.")

    def after_restart(self):
        t_list = get(self.urls["list"])[0]
        t_page = get(self.urls["page"])[0]
        t_view = get(self.urls["view"])[0]
        mem = self.memory()
        print(f"\nafter a host restart: first /api/stories {ms(t_list)} ms, then the first timeline page {ms(t_page)} ms, "
              f"the story page {ms(t_view)} ms; worker peak {mem['worker'][0] if mem['worker'] else '?'} MB; load average {os.getloadavg()[0]:.1f}")


def main():
    parser = argparse.ArgumentParser()
    for name in ("--api", "--connection", "--cli", "--folder", "--work"):
        parser.add_argument(name, required=True)
    parser.add_argument("--steps", default="50 100 200 300")
    parser.add_argument("--warm", type=int, default=20)
    parser.add_argument("--host-pid", type=int, required=True)
    parser.add_argument("--after-restart", action="store_true")
    args = parser.parse_args()
    bench = Bench(args)
    if args.after_restart:
        bench.after_restart()
    else:
        bench.run_steps()


if __name__ == "__main__":
    main()
