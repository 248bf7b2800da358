-- wrk script: every benchmark phone fetches its own file once, in random order, as after a
-- power cut: the first fetch renders the file and records the delivery (the phone's first,
-- which starts its billing facts). Each thread takes every T-th phone, shuffled, and stops
-- once each of them was answered, then appends a line to the file `done` names. wrk itself
-- runs for its whole duration: bench/run sends it SIGINT once every thread wrote its line,
-- and wrk's figures then cover the pass alone. Arguments (after --): devices=N seed=S
-- vendors=a,b,... threads=T done=FILE.

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local plan = require("plan")

local created = {}

function setup(thread)
  thread:set("thread_number", #created)
  created[#created + 1] = thread
end

local mine, next_phone, reserved, answers, done_file = {}, 1, 0, 0, nil
-- Globals, which done() reads from each thread.
my_phones, status_ok, status_other, extra = 0, 0, 0, 0

function init(args)
  local cfg = plan.parse(args)
  done_file = cfg.done
  for i = thread_number, cfg.devices - 1, cfg.threads do
    mine[#mine + 1] = i
  end
  math.randomseed(9090 + thread_number)
  for i = #mine, 2, -1 do
    local j = math.random(1, i)
    mine[i], mine[j] = mine[j], mine[i]
  end
  for k, i in ipairs(mine) do
    mine[k] = plan.phone(cfg, i)
  end
  my_phones = #mine
end

-- wrk asks for a delay before each request of a connection: a phone is promised to that
-- request here, and once all are promised the connection waits for the end of the run.
function delay()
  if reserved >= #mine then
    return 3600 * 1000
  end
  reserved = reserved + 1
  return 0
end

local verified = false

function request()
  if thread_number == 0 and not verified then
    -- wrk calls request() once on thread 0 before the run, to see what it sends.
    verified = true
    return wrk.format("GET", mine[1].path, { ["User-Agent"] = mine[1].ua })
  end
  local phone = mine[next_phone]
  if phone then
    next_phone = next_phone + 1
  else
    -- Never expected, since delay() promised a phone: fetch the last one again, counted.
    phone = mine[#mine]
    extra = extra + 1
  end
  return wrk.format("GET", phone.path, { ["User-Agent"] = phone.ua })
end

function response(status, headers, body)
  answers = answers + 1
  if status == 200 then
    status_ok = status_ok + 1
  else
    status_other = status_other + 1
  end
  if answers == #mine + extra then
    if done_file then
      local f = io.open(done_file, "a")
      f:write(thread_number .. "\n")
      f:close()
    end
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local t = plan.totals(created, { "my_phones", "status_ok", "status_other", "extra" })
  plan.report(os.getenv("BENCH_LABEL") or "first", summary, latency, string.format(
      " phones=%d answers_200=%d answers_other=%d extra=%d", t.my_phones, t.status_ok,
      t.status_other, t.extra))
end
