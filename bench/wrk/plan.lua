-- The benchmark phones, computed exactly as bench:register computes them (BenchPlan and
-- BenchVendor in bundles/bench; PlanLuaTest there fails when the two tables differ).
-- Phone i (from 0) is of vendor vendors[i % V + 1]; its MAC is the vendor's OUI followed by
-- seed + i in six hex digits. Each vendor's User-Agent has the shape its phones send.

local plan = {}

local function colons(hex)
  return (hex:gsub("(%x%x)", "%1:"):sub(1, 17))
end

local function dashes(hex)
  return (hex:upper():gsub("(%x%x)", "%1-"):sub(1, 17))
end

-- own(hex) names the phone's own file, ua(hex) its User-Agent, common the file it fetches
-- first at boot (only for the vendors the boot storm uses).
plan.vendors = {
  yealink = {
    oui = "001565", common = "y000000000096.cfg",
    own = function(hex) return hex .. ".cfg" end,
    ua = function(hex) return "Yealink SIP-T54W 96.86.0.100 " .. colons(hex) end,
  },
  polycom = {
    oui = "0004f2", common = "000000000000.cfg",
    own = function(hex) return hex .. "-openprov.cfg" end,
    ua = function(hex)
      return "FileTransport PolycomVVX-VVX_450-UA/5.9.7.4477 Type/Application"
    end,
  },
  cisco = {
    oui = "00562b",
    own = function(hex) return hex .. ".xml" end,
    ua = function(hex) return "Cisco-CP-8841-3PCC/11.0 (" .. hex .. ")" end,
  },
  grandstream = {
    oui = "000b82",
    own = function(hex) return "cfg" .. hex .. ".xml" end,
    ua = function(hex) return "Grandstream Model HW GXP2170 SW 1.0.11.85 DevId " .. hex end,
  },
  snom = {
    oui = "000413",
    own = function(hex) return hex:upper() .. ".xml" end,
    ua = function(hex)
      return "Mozilla/4.0 (compatible; snomD785-SIP 10.1.73.16 " .. hex:upper() .. ")"
    end,
  },
  fanvil = {
    oui = "0c383e",
    own = function(hex) return hex .. ".cfg" end,
    ua = function(hex) return "Fanvil X5U 2.12.16.17 " .. hex end,
  },
  mitel = {
    oui = "00085d",
    own = function(hex) return hex:upper() .. ".cfg" end,
    ua = function(hex) return "Aastra6867i MAC:" .. dashes(hex) .. " V:5.1.0.2051-SIP" end,
  },
  audiocodes = {
    oui = "00908f",
    own = function(hex) return hex .. ".cfg" end,
    ua = function(hex) return "AUDC-IPPhone/2.2.8.61 (440HDG-Rev0; " .. hex:upper() .. ")" end,
  },
}

local function split(list)
  local out = {}
  for item in string.gmatch(list or "", "[^,]+") do
    out[#out + 1] = item
  end
  return out
end

-- Reads the script's arguments, key=value each: devices, seed, vendors (comma-separated, in
-- the order of bench:register --vendors), and optionally only or except (a vendor list).
function plan.parse(args)
  local cfg = { devices = 1000, seed = 1, vendors = "", only = nil, except = nil }
  for _, arg in ipairs(args) do
    local key, value = arg:match("^([%w_]+)=(.*)$")
    if not key then
      error("argument '" .. arg .. "' is not key=value")
    end
    cfg[key] = tonumber(value) or value
  end
  cfg.list = split(cfg.vendors)
  if #cfg.list == 0 then
    error("give vendors=yealink,polycom,...")
  end
  for _, id in ipairs(cfg.list) do
    if not plan.vendors[id] then
      error("unknown vendor " .. id)
    end
  end
  return cfg
end

-- Phone i of the plan: its vendor id, MAC, request paths and User-Agent.
function plan.phone(cfg, i)
  local id = cfg.list[i % #cfg.list + 1]
  local vendor = plan.vendors[id]
  local hex = vendor.oui .. string.format("%06x", cfg.seed + i)
  return {
    vendor = id,
    mac = hex,
    path = "/prov/" .. vendor.own(hex),
    common = vendor.common and ("/prov/" .. vendor.common) or nil,
    ua = vendor.ua(hex),
  }
end

-- The vendor positions (0-based) a load may pick, after cfg.only and cfg.except.
function plan.allowed(cfg)
  local only, except = {}, {}
  for _, id in ipairs(split(cfg.only)) do only[id] = true end
  for _, id in ipairs(split(cfg.except)) do except[id] = true end
  local allowed, any = {}, false
  for position, id in ipairs(cfg.list) do
    if (cfg.only == nil or only[id]) and not except[id] then
      allowed[position - 1] = true
      any = true
    end
  end
  if not any then
    error("no vendor left to fetch for")
  end
  return allowed
end

-- The sums over wrk's threads of the named globals each thread's script kept.
function plan.totals(threads, names)
  local sums = {}
  for _, name in ipairs(names) do
    sums[name] = 0
    for _, thread in ipairs(threads) do
      sums[name] = sums[name] + thread:get(name)
    end
  end
  return sums
end

-- Prints one machine-readable line of results; bench/run reads it.
function plan.report(label, summary, latency, extra)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local line = string.format("BENCH %s requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f"
      .. " p99_ms=%.3f max_ms=%.3f status_errors=%d socket_errors=%d timeouts=%d",
      label, summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      e.status, e.connect + e.read + e.write, e.timeout)
  io.write(line .. (extra or "") .. "\n")
end

return plan
