-- json: a JSON encoder and a recursive-descent decoder written with string
-- primitives (find, byte, sub, gsub, format, table.concat).  A document of
-- n records is encoded, decoded, re-encoded and compared; object keys are
-- emitted in sorted order so the text is independent of hash order.
-- Size: number of records.
local n = tonumber(arg and arg[1]) or 2000

local byte, sub, find, format, char = string.byte, string.sub, string.find, string.format, string.char
local concat, sort, floor = table.concat, table.sort, math.floor

---------------------------------------------------------------- encoder
local ESCAPES = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
                  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }

local function escapeChar(c)
  local e = ESCAPES[c]
  if e then return e end
  return format("\\u%04x", byte(c))
end

local function encodeString(s, out)
  if find(s, '[%c"\\]') then s = s:gsub('[%c"\\]', escapeChar) end
  out[#out + 1] = '"'
  out[#out + 1] = s
  out[#out + 1] = '"'
end

local encodeValue

-- a table is an array when it has a [1] or is tagged empty-array
local EMPTY_ARRAY = {}

local function encodeTable(t, out)
  if t[1] ~= nil or t == EMPTY_ARRAY then
    out[#out + 1] = "["
    for i = 1, #t do
      if i > 1 then out[#out + 1] = "," end
      encodeValue(t[i], out)
    end
    out[#out + 1] = "]"
    return
  end
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  sort(keys)
  out[#out + 1] = "{"
  for i = 1, #keys do
    if i > 1 then out[#out + 1] = "," end
    local k = keys[i]
    encodeString(k, out)
    out[#out + 1] = ":"
    encodeValue(t[k], out)
  end
  out[#out + 1] = "}"
end

function encodeValue(v, out)
  local tv = type(v)
  if tv == "string" then encodeString(v, out)
  elseif tv == "number" then
    if v == floor(v) and v > -2^53 and v < 2^53 then out[#out + 1] = format("%d", v)
    else out[#out + 1] = format("%.14g", v) end
  elseif tv == "boolean" then out[#out + 1] = v and "true" or "false"
  elseif tv == "table" then encodeTable(v, out)
  elseif v == nil then out[#out + 1] = "null"
  else error("cannot encode " .. tv) end
end

local function encode(v)
  local out = {}
  encodeValue(v, out)
  return concat(out)
end

---------------------------------------------------------------- decoder
local NULL = setmetatable({}, { __tostring = function() return "null" end })

local decodeValue

local function skip(s, pos)
  local _, e = find(s, "^[ \t\r\n]*", pos)
  return e + 1
end

local UNESCAPE = { ['"'] = '"', ['\\'] = '\\', ['/'] = '/', b = '\b', f = '\f',
                   n = '\n', r = '\r', t = '\t' }

local function utf8(cp)
  if cp < 0x80 then return char(cp) end
  if cp < 0x800 then
    return char(0xC0 + floor(cp / 64), 0x80 + cp % 64)
  end
  return char(0xE0 + floor(cp / 4096), 0x80 + floor(cp / 64) % 64, 0x80 + cp % 64)
end

local function decodeString(s, pos)
  -- pos is just after the opening quote
  local parts, np = nil, 0
  local start = pos
  while true do
    local q = find(s, '["\\]', pos)
    if q == nil then error("unterminated string") end
    if byte(s, q) == 34 then
      if parts == nil then return sub(s, start, q - 1), q + 1 end
      np = np + 1; parts[np] = sub(s, start, q - 1)
      return concat(parts), q + 1
    end
    parts = parts or {}
    np = np + 1; parts[np] = sub(s, start, q - 1)
    local e = sub(s, q + 1, q + 1)
    if e == "u" then
      local hex = sub(s, q + 2, q + 5)
      np = np + 1; parts[np] = utf8(tonumber(hex, 16))
      pos = q + 6
    else
      local r = UNESCAPE[e]
      if r == nil then error("bad escape \\" .. e) end
      np = np + 1; parts[np] = r
      pos = q + 2
    end
    start = pos
  end
end

local function decodeArray(s, pos)
  local arr, count = {}, 0
  pos = skip(s, pos)
  if byte(s, pos) == 93 then return EMPTY_ARRAY, pos + 1 end
  while true do
    local v
    v, pos = decodeValue(s, pos)
    count = count + 1
    arr[count] = v
    pos = skip(s, pos)
    local c = byte(s, pos)
    if c == 93 then return arr, pos + 1 end
    if c ~= 44 then error("expected , or ] at " .. pos) end
    pos = pos + 1
  end
end

local function decodeObject(s, pos)
  local obj = {}
  pos = skip(s, pos)
  if byte(s, pos) == 125 then return obj, pos + 1 end
  while true do
    if byte(s, pos) ~= 34 then error("expected key at " .. pos) end
    local k
    k, pos = decodeString(s, pos + 1)
    pos = skip(s, pos)
    if byte(s, pos) ~= 58 then error("expected : at " .. pos) end
    local v
    v, pos = decodeValue(s, pos + 1)
    obj[k] = v
    pos = skip(s, pos)
    local c = byte(s, pos)
    if c == 125 then return obj, pos + 1 end
    if c ~= 44 then error("expected , or } at " .. pos) end
    pos = skip(s, pos + 1)
  end
end

function decodeValue(s, pos)
  pos = skip(s, pos)
  local c = byte(s, pos)
  if c == 34 then return decodeString(s, pos + 1) end
  if c == 123 then return decodeObject(s, pos + 1) end
  if c == 91 then return decodeArray(s, pos + 1) end
  if c == 116 and sub(s, pos, pos + 3) == "true" then return true, pos + 4 end
  if c == 102 and sub(s, pos, pos + 4) == "false" then return false, pos + 5 end
  if c == 110 and sub(s, pos, pos + 3) == "null" then return NULL, pos + 4 end
  local _, e = find(s, "^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
  if e == nil then error("unexpected character at " .. pos) end
  return tonumber(sub(s, pos, e)), e + 1
end

local function decode(s)
  local v, pos = decodeValue(s, 1)
  pos = skip(s, pos)
  if pos <= #s then error("trailing garbage at " .. pos) end
  return v
end

---------------------------------------------------------------- workload
local WORDS = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }

local function makeRecord(i)
  local tags = {}
  for k = 1, i % 4 + 1 do tags[k] = WORDS[(i + k) % #WORDS + 1] end
  return {
    id = i,
    name = format("item-%d", i),
    price = i * 0.25 + 0.1,
    ratio = 1 / (i + 3),
    active = i % 3 == 0,
    tags = tags,
    empty = EMPTY_ARRAY,
    position = { x = i % 17 - 8, y = (i * 7) % 23, z = -i },
    note = format("line %d\n\t\"quoted\" \\ back\1slash", i),
  }
end

local doc = { version = 3, title = "perf json", records = {} }
for i = 1, n do doc.records[i] = makeRecord(i) end

local text = encode(doc)
local back = decode(text)
local again = encode(back)
if again ~= text then error("round trip changed the text") end

-- walk the decoded document
local priceSum, tagCount, activeCount = 0, 0, 0
local recs = back.records
for i = 1, #recs do
  local r = recs[i]
  priceSum = priceSum + r.price
  tagCount = tagCount + #r.tags
  if r.active then activeCount = activeCount + 1 end
  if r.position.z ~= -i then error("bad record " .. i) end
end
local h = 0
for i = 1, #text, 3 do h = (h * 31 + byte(text, i)) % 1000000007 end
print(format("records=%d length=%d hash=%d", #recs, #text, h))
print(format("price sum=%.6f tags=%d active=%d", priceSum, tagCount, activeCount))
print(sub(text, 1, 120))
