#!/usr/bin/env python3
"""Where the request threads spend their time, from a JDK Flight Recorder file of bench/wrk.sh (PROFILE=1).

Usage: bench/profile.py run.jfr [FROM TO]   (FROM/TO: wall-clock HH:MM:SS of one wrk run, e.g. from the
.wrk file's modification time minus the duration) — prints the share of samples per layer (inclusive: a sample
counts for every layer on its stack, the innermost first) and the hottest methods of the application's own code
and of the frameworks. Only the HTTP worker threads' samples are counted.
"""
import collections
import re
import subprocess
import sys

LAYERS = [  # (name, frame prefix) — the first match from the top of the stack is the sample's "self" layer
    ("database (H2)", "org.h2."),
    ("database (MySQL driver)", "com.mysql."),
    ("JPA (EclipseLink)", "org.eclipse.persistence."),
    ("EJB container", "com.sun.ejb."),
    ("CDI (Weld)", "org.jboss.weld."),
    ("PrimeFaces", "org.primefaces."),
    ("OmniFaces", "org.omnifaces."),
    ("JSF (Mojarra)", "com.sun.faces."),
    ("EL", "org.glassfish.expressly."),
    ("JAX-RS (Jersey)", "org.glassfish.jersey."),
    ("JSON-B/P", "org.eclipse.yasson."),
    ("security", "org.glassfish.soteria."),
    ("CorePolicy", "kr.corepolicy."),
    ("web container (Grizzly/Catalina)", "org.apache.catalina."),
    ("web container (Grizzly/Catalina)", "org.glassfish.grizzly."),
]


def samples(path, start=None, end=None):
    out = subprocess.run(["jfr", "print", "--stack-depth", "400", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    for block in out.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        if not thread or "http-thread-pool" not in thread.group(1):
            continue
        time = re.search(r"startTime = (\d\d:\d\d:\d\d)", block).group(1)
        if start and not (start <= time <= end):
            continue
        frames = [f.strip() for f in block.split("stackTrace = [")[1].split("]\n")[0].splitlines() if f.strip()]
        yield [re.sub(r"\(.*$", "", f) for f in frames if f != "..."]


def main():
    path = sys.argv[1]
    start, end = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else (None, None)
    inclusive = collections.Counter()
    self_layer = collections.Counter()
    methods = collections.Counter()
    total = 0
    for frames in samples(path, start, end):
        total += 1
        seen = set()
        first = None
        for f in frames:
            for name, prefix in LAYERS:
                if f.startswith(prefix):
                    seen.add(name)
                    if first is None:
                        first = name
                    break
        for name in seen:
            inclusive[name] += 1
        self_layer[first or "JDK and other"] += 1
        for f in set(frames):
            if f.startswith(("kr.corepolicy.", "org.primefaces.", "com.sun.faces.", "org.omnifaces.")):
                methods[f] += 1
    if not total:
        print("no samples of the HTTP threads")
        return
    print(f"{total} samples of the HTTP worker threads")
    print("\n| layer | on the stack (inclusive) | innermost known layer (self) |\n|---|---|---|")
    for name, n in inclusive.most_common():
        print(f"| {name} | {100 * n / total:.0f} % | {100 * self_layer[name] / total:.0f} % |")
    print(f"| JDK and other | | {100 * self_layer['JDK and other'] / total:.0f} % |")
    print("\nMethods on the stack most often (application and JSF):")
    for f, n in methods.most_common(40):
        print(f"  {100 * n / total:5.1f} %  {f}")


if __name__ == "__main__":
    main()
