-- wrk script, one thread and one connection: fetches the own file of phones 0 .. V-1 (one
-- phone of each vendor) once each, in order, and writes each answer's body to
-- <out>/<vendor>.body and a line "vendor<TAB>status<TAB>path<TAB>User-Agent" to
-- <out>/phones.tsv, so that bench/run can compare what a server sends with the exported files.
-- Arguments (after --): devices=N seed=S vendors=a,b,... out=FOLDER.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local plan = require("plan")

local cfg
local next_phone, received, verified = 0, 0, false

function init(args)
  cfg = plan.parse(args)
  os.remove(cfg.out .. "/phones.tsv")
end

local function fetch(i)
  local phone = plan.phone(cfg, i)
  return wrk.format("GET", phone.path, { ["User-Agent"] = phone.ua })
end

function request()
  if not verified then
    -- wrk calls request() once before the run to count the pipelined requests.
    verified = true
    return fetch(0)
  end
  local i = math.min(next_phone, #cfg.list - 1)
  next_phone = next_phone + 1
  return fetch(i)
end

function response(status, headers, body)
  if received >= #cfg.list then
    return
  end
  local phone = plan.phone(cfg, received)
  local file = assert(io.open(cfg.out .. "/" .. phone.vendor .. ".body", "wb"))
  file:write(body)
  file:close()
  local list = assert(io.open(cfg.out .. "/phones.tsv", "a"))
  list:write(table.concat({ phone.vendor, status, phone.path, phone.ua }, "\t"), "\n")
  list:close()
  received = received + 1
  if received == #cfg.list then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  plan.report(os.getenv("BENCH_LABEL") or "check", summary, latency)
end
