"""Latency of the API's key queries and of the raw SQL that answers them, one client, sequential requests.

usage: python3 benchmarks/latency.py <api-base-url> <psql-connection-uri> [requests]
Prints one Markdown table row per query: median and 95th percentile in milliseconds.
"""
import json, statistics, subprocess, sys, time, urllib.request

API, DB = sys.argv[1], sys.argv[2]
N = int(sys.argv[3]) if len(sys.argv) > 3 else 200

QUERIES = {
    'Club.hasOverturned (Liverpool, FIRST_LEG, 3)': (
        '{ club(name: "Liverpool FC") { hasOverturned(deficit: 3, scope: FIRST_LEG) { answer attempts overturned '
        'occasions { opponent { name } season { name } deficit } coverage { matches matchesWithGoalTimes from to } } } }',
        # the raw SQL the verdict needs: the tally, the evidence and the coverage
        "SELECT count(*), count(*) FILTER (WHERE overturned) FROM deficit_occasion WHERE club_id = {club} AND scope = 'FIRST_LEG' AND deficit >= 3;"
        "SELECT * FROM deficit_occasion WHERE club_id = {club} AND scope = 'FIRST_LEG' AND deficit >= 3 AND overturned ORDER BY occurred_on DESC LIMIT 101;"
        "SELECT count(*), count(*) FILTER (WHERE goals_complete), min(match_date), max(match_date) FROM match WHERE home_club_id = {club} OR away_club_id = {club};"),
    'deficitRecord (FIRST_LEG, 2, UCL)': (
        '{ deficitRecord(deficit: 2, scope: FIRST_LEG, filter: { competition: "UCL" }) { attempts overturned rate '
        'examples { club { name } opponent { name } season { name } deficit } } }',
        # the straightforward SQL counts the occasions themselves; the API sums the per-season tally
        "SELECT count(*), count(*) FILTER (WHERE overturned) FROM deficit_occasion WHERE scope = 'FIRST_LEG' AND deficit >= 2 AND competition = 'UCL';"
        "SELECT * FROM deficit_occasion WHERE overturned AND scope = 'FIRST_LEG' AND deficit >= 2 AND competition = 'UCL' ORDER BY deficit DESC, occurred_on DESC, id DESC LIMIT 10;"),
    'deficitRecord (MATCH, 1, all)': (
        '{ deficitRecord(deficit: 1, scope: MATCH) { attempts overturned rate examples { club { name } deficit } } }',
        "SELECT count(*), count(*) FILTER (WHERE overturned) FROM deficit_occasion WHERE scope = 'MATCH' AND deficit >= 1;"
        "SELECT * FROM deficit_occasion WHERE overturned AND scope = 'MATCH' AND deficit >= 1 ORDER BY deficit DESC, occurred_on DESC, id DESC LIMIT 10;"),
    'comebacks (first 20, UCL)': (
        '{ comebacks(filter: { competition: "UCL" }, first: 20) { totalCount edges { node { deficit club { name } opponent { name } tie { legs { date } } } } } }',
        "SELECT * FROM deficit_occasion WHERE overturned AND competition = 'UCL' ORDER BY deficit DESC, occurred_on DESC, id DESC LIMIT 21;"
        "SELECT count(*) FROM deficit_occasion WHERE overturned AND competition = 'UCL';"),
    'Club.matches page (Real Madrid, 20)': (
        '{ club(name: "Real Madrid") { matches(first: 20) { totalCount edges { node { date homeClub { name } awayClub { name } score { fullTime { home away } } } } } } }',
        "SELECT * FROM match WHERE home_club_id = {rm} OR away_club_id = {rm} ORDER BY match_date, id LIMIT 21;"
        "SELECT count(*) FROM match WHERE home_club_id = {rm} OR away_club_id = {rm};"),
}


def post(query):
    request = urllib.request.Request(API + '/graphql', data=json.dumps({'query': query}).encode(),
                                     headers={'Content-Type': 'application/json'})
    with urllib.request.urlopen(request) as response:
        body = json.load(response)
    if 'errors' in body:
        raise SystemExit(f'query failed: {body["errors"]}')


def timed(action):
    samples = []
    for _ in range(N):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def sql_time(sql):
    """Server-side execution time of the statements, from EXPLAIN ANALYZE, median over runs."""
    runs = []
    for _ in range(25):
        total = 0.0
        for statement in filter(None, (s.strip() for s in sql.split(';'))):
            out = subprocess.run(['psql', DB, '-Atc', 'EXPLAIN (ANALYZE, FORMAT JSON) ' + statement], check=True,
                                 capture_output=True, text=True).stdout
            plan = json.loads(out)[0]
            total += plan['Execution Time'] + plan['Planning Time']
        runs.append(total)
    return statistics.median(runs)


ids = {}
for name, key in (('club', 'R:ENG:liverpool fc'), ('rm', 'R:ESP:real madrid')):
    ids[name] = subprocess.run(['psql', DB, '-Atc', f"SELECT id FROM club WHERE identity = '{key}'"], check=True,
                               capture_output=True, text=True).stdout.strip()
matches = subprocess.run(['psql', DB, '-Atc', 'SELECT count(*) FROM match'], check=True, capture_output=True, text=True).stdout.strip()
# warm the JIT on every query first, so no query is timed while the JVM is still compiling
for query, _ in QUERIES.values():
    for _ in range(300):
        post(query)
print(f'| query ({matches} matches) | API median ms | API p95 ms | raw SQL (server) ms |')
print('|---|---|---|---|')
for name, (query, sql) in QUERIES.items():
    median, p95 = timed(lambda: post(query))
    print(f'| {name} | {median:.1f} | {p95:.1f} | {sql_time(sql.format(**ids)):.2f} |')
