-- wrk: POSTs one GraphQL question, its variables drawn per request: each request is a line of
-- $BENCH_BODIES at random (a JSON body a line, the question with ids, seasons or countries that
-- exist in the database). Counts the answers that carry "errors", which a 200 status alone would
-- hide: a server that fails fast must not pass for a fast one. done() prints key-value lines.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_number", #threads)
end

function init()
  -- a fixed seed per thread: every round, on either server, asks the same sequence of questions
  math.randomseed(1000 + thread_number)
  graphql_errors = 0
end

function request()
  return wrk.format(nil, nil, nil, bodies[math.random(#bodies)])
end

function response(status, headers, body)
  if body:find('"errors"', 1, true) then graphql_errors = graphql_errors + 1 end
end

function done(summary, latency)
  local errors = 0
  for _, thread in ipairs(threads) do errors = errors + thread:get("graphql_errors") end
  local e = summary.errors
  io.write(string.format("requests %d\nduration_us %d\np50_us %d\np99_us %d\ngraphql_errors %d\nhttp_errors %d\nsocket_errors %d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors,
    e.status, e.connect + e.read + e.write + e.timeout))
end
