#!/usr/bin/env python3
"""Prints the catalogue rows of the European Cup / Champions League seasons 1955-56 to 2015-16:
the number of matches played in each stage, counted from engsoccerdata's champs.csv, which holds
every match of those seasons (qualifiers, groups, replays). The rows were reviewed and pasted into
src/main/resources/data/catalogue/competition-seasons.txt; this script is how to check them again.

    python3 scripts/catalogue_counts.py src/main/resources/data/engsoccerdata/champs.csv
"""
import collections
import csv
import sys

STAGES = ["PRELIMINARY", "QUALIFYING", "PLAY_OFF", "FIRST_ROUND", "SECOND_ROUND", "GROUP", "LEAGUE_PHASE",
          "KNOCKOUT_PLAY_OFF", "ROUND_OF_32", "ROUND_OF_16", "QUARTER_FINAL", "SEMI_FINAL", "FINAL"]
BY_LABEL = {"prelim": "PRELIMINARY", "PrelimF": "PRELIMINARY", "Q-1": "QUALIFYING", "Q-2": "QUALIFYING",
            "Q-3": "QUALIFYING", "Q-PO": "PLAY_OFF", "Round1": "FIRST_ROUND", "1": "FIRST_ROUND",
            "Round2": "SECOND_ROUND", "R16": "ROUND_OF_16", "QF": "QUARTER_FINAL", "SF": "SEMI_FINAL",
            "final": "FINAL"}

counts = collections.defaultdict(collections.Counter)
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        start = int(row["Season"])
        if start > 2015:
            continue  # engsoccerdata holds only the finals of later seasons
        stage = "GROUP" if row["round"].startswith("Group") else BY_LABEL[row["round"]]
        counts[start][stage] += 1
for start in sorted(counts):
    season = f"{start}-{(start + 1) % 100:02d}"
    stages = ", ".join(f"{s} {counts[start][s]}" for s in STAGES if counts[start][s])
    print(f"UCL | {season} | {stages}")
