-- wrk: a club's verdict over GET, the club and the deficit drawn per request from 100 clubs and
-- deficits 1-4 (400 distinct questions), as a page of fans asking about different ties would.
local query = "query Verdict($id: ID, $d: Int!) { club(id: $id) { name hasOverturned(deficit: $d, scope: FIRST_LEG) "
  .. "{ answer why attempts overturned occasions { opponent { name } season { name } deficit } } } }"

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

math.randomseed(os.time())
request = function()
  local variables = string.format('{"id":"%d","d":%d}', math.random(1, 100), math.random(1, 4))
  return wrk.format("GET", "/graphql?query=" .. encode(query) .. "&variables=" .. encode(variables))
end
