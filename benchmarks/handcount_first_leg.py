# An independent count, by hand, of European Cup / Champions League first-leg deficits of at least
# N goals and how many of those sides went through, straight from the bundled raw files and sharing
# no code with the application: engsoccerdata's own `tiewinner` for 1955-56 to 2015-16, and for the
# later openfootball seasons (cl.txt, clq.txt, and the qualifying rounds of 2018-19 and 2019-20 in
# openfootball-history/) the winner worked out here from the scores.
# The API's deficitRecord(deficit: N, scope: FIRST_LEG, filter: {competition: "UCL"}) must agree;
# DeficitRecordTest holds the figures this printed.
#
#   python3 benchmarks/handcount_first_leg.py 3 src/main/resources/data
import csv, re, sys, glob, os
N = int(sys.argv[1]); data = sys.argv[2]
attempts = overturned = 0
# tiewinner errors in engsoccerdata, checked against UEFA's record (data/clubs/known-disagreements.tsv)
CORRECTIONS = {('1999', 'SF', 'Bayern Munich'): 'Real Madrid'}
rows = list(csv.DictReader(open(os.path.join(data, 'engsoccerdata/champs.csv'))))
ties = {}
for r in rows:
    if r['leg'] in ('1', '2'):
        key = (r['Season'], r['round'], frozenset((r['home'], r['visitor'])))
        ties.setdefault(key, []).append(r)
# legs by their stated number; where a source gives both the same number (1992-93), by date
for key, rows_ in list(ties.items()):
    distinct_legs = len({r['leg'] for r in rows_}) == len(rows_)
    rows_.sort(key=lambda r: (r['leg'], r['Date']) if distinct_legs else r['Date'])
    ties[key] = {str(i + 1): r for i, r in enumerate(rows_)} if len(rows_) == 2 else {}
for key, legs in ties.items():
    if '1' in legs and '2' in legs:
        l1 = legs['1']; margin = int(l1['hgoal']) - int(l1['vgoal'])
        if abs(margin) >= N:
            behind = l1['home'] if margin < 0 else l1['visitor']
            attempts += 1
            winner = CORRECTIONS.get((l1['Season'], l1['round'], behind), l1['tiewinner'])
            overturned += winner == behind
score = re.compile(r'\s(\d+)-(\d+)(?:\s+a\.e\.t\.)?')
files = []
for season_dir in sorted(glob.glob(os.path.join(data, 'openfootball-champions-league/*'))):
    season = os.path.basename(season_dir)
    if season < '2016-17':
        continue
    for name in ('cl.txt', 'clq.txt'):
        path = os.path.join(season_dir, name)
        if not os.path.exists(path):
            continue
        rnd = None; matches = []
        for line in open(path, encoding='utf-8'):
            if line.startswith('»'):
                rnd = line.strip(); continue
            m = re.search(r'^\s*(?:\d{1,2}\.\d{2}\s+)?(\S.*?) \([A-Z]{3}\)\s+v\s+(\S.*?) \([A-Z]{3}\)\s+(.*)$', line)
            if not m or not re.match(r'\d+-\d+', m.group(3)):
                continue
            rest = m.group(3)
            pen = re.match(r'(\d+)-(\d+) pen\. (\d+)-(\d+) a\.e\.t\.', rest)
            aet = re.match(r'(\d+)-(\d+) a\.e\.t\.', rest)
            ft = re.match(r'(\d+)-(\d+)', rest)
            if pen:
                final = (int(pen.group(3)), int(pen.group(4))); pens = (int(pen.group(1)), int(pen.group(2)))
            elif aet:
                final = (int(aet.group(1)), int(aet.group(2))); pens = None
            else:
                final = (int(ft.group(1)), int(ft.group(2))); pens = None
            matches.append((rnd, m.group(1), m.group(2), final, pens))
        files.append((season, matches))
# openfootball's older qualifying files of 2018-19 and 2019-20 (openfootball-history/), which the record
# adds: the score stands between the clubs, and the headings sit in the first column
for path in sorted(glob.glob(os.path.join(data, 'openfootball-history/*/cl_quali.txt'))):
    season = os.path.basename(os.path.dirname(path))
    rnd = None; matches = []
    for line in open(path, encoding='utf-8'):
        if line.strip() and not line[0].isspace() and not line.startswith(('[', '=', '#')):
            rnd = line.strip(); continue
        m = re.match(r'^\s+(?:\d{1,2}\.\d{2}\s+)?(\S.*?)\s+(\d+)-(\d+)(?:\s+pen\.\s+(\d+)-(\d+))?(?:\s+a\.e\.t\.)?(?:\s+\([^)]*\))?\s+(\S.*?)\s*$', line)
        if not m:
            continue
        if m.group(4):
            final = (int(m.group(4)), int(m.group(5))); pens = (int(m.group(2)), int(m.group(3)))
        else:
            final = (int(m.group(2)), int(m.group(3))); pens = None
        matches.append((rnd, m.group(1), m.group(6), final, pens))
    files.append((season, matches))
for season, matches in files:
        by_pair = {}
        for rnd, h, a, final, pens in matches:
            if re.search(r'Group|Gruppe|League', rnd) or 'Matchday' in rnd and 'Playoffs' not in rnd:
                continue
            stage = rnd.split(',')[0]
            by_pair.setdefault((stage, frozenset((h, a))), []).append((h, a, final, pens))
        for (stage, pair), legs in by_pair.items():
            if len(legs) != 2:
                continue
            (h1, a1, f1, _), (h2, a2, f2, p2) = legs
            margin = f1[0] - f1[1]
            if abs(margin) < N:
                continue
            behind = h1 if margin < 0 else a1
            agg_h1 = f1[0] + f2[1]; agg_a1 = f1[1] + f2[0]
            if agg_h1 != agg_a1:
                winner = h1 if agg_h1 > agg_a1 else a1
            elif p2:
                winner = h2 if p2[0] > p2[1] else a2
            elif season <= '2020-21':
                away_h1 = f2[1]; away_a1 = f1[1]
                winner = h1 if away_h1 > away_a1 else a1
            else:
                raise SystemExit('undecided ' + str(legs))
            attempts += 1
            overturned += winner == behind
print(f'UCL FIRST_LEG deficit >= {N}: attempts {attempts}, overturned {overturned}')
