"""Writes engsoccerdata's champs.csv N times over, each copy between its own clubs ("Liverpool X3"), as one CSV:
a file the importer must read, resolve, store and derive like any other, N times the size of the real one.
Lines keep the source's own quoting; only the club names change.

usage: python3 benchmarks/synthetic_champs.py N src/main/resources/data/engsoccerdata/champs.csv > out.csv
"""
import re, sys

copies, source = int(sys.argv[1]), sys.argv[2]
TOKEN = re.compile(r'"[^"]*"|[^,]*')
CLUB_COLUMNS = (4, 5, 20)  # home, visitor, tiewinner
with open(source, encoding='utf-8') as f:
    header, *lines = f.read().splitlines()
print(header)
for k in range(1, copies + 1):
    for line in lines:
        tokens = [m.group(0) for m in TOKEN.finditer(line)][::2]  # each field, then the empty match at its comma
        for column in CLUB_COLUMNS:
            if tokens[column].startswith('"'):
                tokens[column] = tokens[column][:-1] + f' X{k}"'
        print(','.join(tokens))
