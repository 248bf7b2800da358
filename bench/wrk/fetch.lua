-- wrk script: each request fetches the own file of a random benchmark phone, with that
-- phone's User-Agent. Arguments (after --): devices=N seed=S vendors=a,b,...
-- [only=v,...] [except=v,...].
-- Example: wrk -t2 -c64 -d30s -s fetch.lua http://127.0.0.1:8080 -- devices=1000
--          seed=1 vendors=yealink,polycom

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local plan = require("plan")

local cfg, allowed
local threads = 0

function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

function init(args)
  cfg = plan.parse(args)
  allowed = plan.allowed(cfg)
  -- Each thread draws its own repeatable sequence.
  math.randomseed(4242 + (thread_number or 0))
end

function request()
  local i
  repeat
    i = math.random(0, cfg.devices - 1)
  until allowed[i % #cfg.list]
  local phone = plan.phone(cfg, i)
  return wrk.format("GET", phone.path, { ["User-Agent"] = phone.ua })
end

-- The label of the result line comes from the environment: BENCH_LABEL=openprov wrk ...
function done(summary, latency, requests)
  plan.report(os.getenv("BENCH_LABEL") or "fetch", summary, latency)
end
