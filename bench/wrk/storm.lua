-- wrk script: a boot storm. The first `phones` benchmark phones of the storm vendors (Yealink
-- and Poly by default) each fetch their boot sequence once: the vendor's common file, then
-- their own file, sent together on one connection (HTTP/1.1 pipelining, answered in order),
-- so wrk's latency is the time of the whole sequence. Phones start at random moments spread
-- over `window` seconds; each thread stops once every phone it started has both answers.
-- Arguments (after --): devices=N seed=S vendors=a,b,... phones=P window=SECONDS
-- threads=T connections=C [storm=yealink,polycom]. Run wrk for window + a grace period.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local plan = require("plan")

local created = {}

function setup(thread)
  thread:set("thread_number", #created)
  created[#created + 1] = thread
end

local mine, next_phone, reserved, answers, interval_ms = {}, 1, 0, 0, 0
local verified = false
-- Globals, which done() reads from each thread: phones taken, answers, requests sent.
my_phones, status_ok, status_other, expected, extra = 0, 0, 0, 0, 0

-- Picks this thread's share of the storm phones: every T-th of them, in phone order.
local function share(cfg)
  local storm = {}
  for id in string.gmatch(cfg.storm or "yealink,polycom", "[^,]+") do storm[id] = true end
  local found = 0
  for i = 0, cfg.devices - 1 do
    if found == cfg.phones then break end
    local phone = plan.phone(cfg, i)
    if storm[phone.vendor] and phone.common then
      if found % cfg.threads == thread_number then
        mine[#mine + 1] = phone
      end
      found = found + 1
    end
  end
  return found
end

function init(args)
  local cfg = plan.parse(args)
  local found = share(cfg)
  math.randomseed(777 + thread_number)
  -- A connection starts a phone on average every interval: all phones within the window.
  interval_ms = cfg.window * 1000 * cfg.connections / math.max(found, 1)
  my_phones = #mine
end

local function sequence(phone)
  local headers = { ["User-Agent"] = phone.ua }
  return wrk.format("GET", phone.common, headers) .. wrk.format("GET", phone.path, headers)
end

-- wrk asks for a delay before each request of a connection: a phone is promised to that
-- request here, so no connection wakes up to find the phones all taken.
function delay()
  if reserved >= #mine then
    return 3600 * 1000
  end
  reserved = reserved + 1
  return math.random(0, math.floor(2 * interval_ms))
end

function request()
  if thread_number == 0 and not verified then
    -- wrk calls request() once on thread 0 before the run to count the pipelined requests.
    verified = true
    return sequence(mine[1])
  end
  local phone = mine[next_phone]
  if phone then
    next_phone = next_phone + 1
  else
    -- Never expected, since delay() promised a phone: fetch the last one again, counted
    -- apart.
    phone = mine[#mine]
    extra = extra + 1
  end
  expected = expected + 2
  return sequence(phone)
end

function response(status, headers, body)
  answers = answers + 1
  if status == 200 then
    status_ok = status_ok + 1
  else
    status_other = status_other + 1
  end
  if next_phone > #mine and answers >= expected then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local t = plan.totals(created, { "my_phones", "status_ok", "status_other", "expected",
    "extra" })
  plan.report(os.getenv("BENCH_LABEL") or "storm", summary, latency, string.format(
      " phones=%d answers_200=%d answers_other=%d requests_sent=%d unanswered=%d"
      .. " extra_phones=%d", t.my_phones, t.status_ok, t.status_other, t.expected,
      t.expected - t.status_ok - t.status_other, t.extra))
end
