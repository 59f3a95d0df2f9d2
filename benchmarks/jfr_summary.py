#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went, in two views.

By library: each sample is given to the innermost frame that is not the JDK's own, so "graphql-java 35%"
is time spent in graphql-java's code (and the JDK calls it made), not time below it in Hibernate.
Own code: the innermost frame of ours in each sample, with its caller, to find our hot spots.
Known costs: the share of samples with a given method anywhere on the stack (what it and its callees cost). A
recording keeps the innermost 64 frames of each stack, so the known costs are methods near the leaves: one near the
root of a deep stack (graphql-java's execute) would be undercounted.

usage: jfr_summary.py RECORDING.jfr [rows]
"""
import collections
import json
import subprocess
import sys

LIBRARIES = [
    ("SmallRye per-field context", "io/smallrye/graphql/execution/context/"),
    ("SmallRye GraphQL", "io/smallrye/graphql/"),
    ("Quarkus GraphQL", "io/quarkus/smallrye/graphql/"),
    ("context propagation", "io/smallrye/context/"),
    ("Mutiny", "io/smallrye/mutiny/"),
    ("CDI (ArC)", "io/quarkus/arc/"),
    ("Hibernate", "org/hibernate/"),
    ("PostgreSQL driver", "org/postgresql/"),
    ("Agroal pool", "io/agroal/"),
    ("transactions (Narayana)", "com/arjuna/"),
    ("JSON (Parsson)", "org/eclipse/parsson/"),
    ("DataLoader", "org/dataloader/"),
    ("graphql-java", "graphql/"),
    ("Remontada", "io/remontada/"),
    ("Vert.x", "io/vertx/"),
    ("Netty", "io/netty/"),
    ("Micrometer", "io/micrometer/"),
    ("OpenTelemetry", "io/opentelemetry/"),
    ("logging", "org/jboss/log"),
]


KNOWN_COSTS = [
    ("SmallRye fills a context for a field", "SmallRyeContextManager.populateFromDataFetchingEnvironment"),
    ("SQL through Hibernate (statement, rows, entities)", "org/hibernate/query/spi/AbstractSelectionQuery.list"),
    ("SQL through plain JDBC (Sql.read: statement and rows)", "io/remontada/common/Sql.read"),
    ("the answer written as JSON (streamed)", "io/remontada/common/graphql/QueryExecution.streamed"),
    ("an answer written by SmallRye (one with errors)", "io/smallrye/graphql/execution/ExecutionResponse."),
    ("the gate's checks (document, variables, cost)", "io/remontada/common/graphql/GraphQLRequestGate.checkDocument"),
]


def samples(recording):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", recording],
                         capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        trace = event["values"].get("stackTrace")
        if trace:
            yield [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in trace["frames"]]


def library(frames):
    for frame in frames:
        for name, prefix in LIBRARIES:
            if frame.startswith(prefix):
                return name
    return "JDK only"


def main():
    recording = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    by_library = collections.Counter()
    own = collections.Counter()
    known = collections.Counter()
    total = 0
    for frames in samples(recording):
        total += 1
        for name, method in KNOWN_COSTS:
            if any(method in f for f in frames):
                known[name] += 1
        by_library[library(frames)] += 1
        ours = next((i for i, f in enumerate(frames) if f.startswith("io/remontada/")), None)
        if ours is not None:
            short = [f.split("/")[-1] for f in frames[ours:ours + 2]]
            own[" < ".join(short)] += 1
    print(f"{total} CPU samples\n")
    print("| library (innermost frame) | share |\n|---|---|")
    for name, count in by_library.most_common(rows):
        print(f"| {name} | {100 * count / total:.1f}% |")
    print("\n| known cost (the method and what it calls) | share |\n|---|---|")
    for name, _ in KNOWN_COSTS:
        print(f"| {name} | {100 * known[name] / total:.1f}% |")
    print("\n| our innermost frame < its caller | share |\n|---|---|")
    for name, count in own.most_common(rows):
        print(f"| `{name}` | {100 * count / total:.1f}% |")


if __name__ == "__main__":
    main()
