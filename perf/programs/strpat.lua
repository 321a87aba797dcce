-- strpat: string-library workloads over generated text: splitting with
-- gmatch, counting words in a table, gsub with string / table / function
-- replacements, find with captures to parse key=value records, plus
-- upper/lower/rep/reverse/format/concat.  Prints sorted word counts and
-- checksums.  Size: number of generated lines.
local n = tonumber(arg and arg[1]) or 20000
local format, sub, byte, gsub, gmatch, find = string.format, string.sub, string.byte,
  string.gsub, string.gmatch, string.find
local concat = table.concat

local seed = 3
local function rand(m)
  seed = (seed * 16807) % 2147483647
  return seed % m + 1
end

local WORDS = { "lorem", "ipsum", "dolor", "sit", "amet", "tracing", "jit", "lua",
  "table", "string", "pattern", "closure", "upvalue", "metatable", "coroutine",
  "number", "boolean", "nil", "function", "userdata" }

-- generate the text: each line is a few words, a key=value record and
-- some punctuation
local lines = {}
for i = 1, n do
  local parts = {}
  for k = 1, rand(8) + 2 do parts[k] = WORDS[rand(#WORDS)] end
  parts[#parts + 1] = format("id=%d;", i)
  parts[#parts + 1] = format("size=%d;", rand(1000))
  parts[#parts + 1] = format("tag=%s.", WORDS[rand(#WORDS)])
  lines[i] = concat(parts, " ")
end

-- 1. word counting with gmatch
local counts = {}
local words = 0
for i = 1, n do
  for w in gmatch(lines[i], "%a+") do
    counts[w] = (counts[w] or 0) + 1
    words = words + 1
  end
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)
print(format("words=%d distinct=%d", words, #keys))
for i = 1, 5 do print(format("  %-10s %d", keys[i], counts[keys[i]])) end

-- 2. parse key=value records with find + captures
local sizeSum, tagLen = 0, 0
for i = 1, n do
  local _, _, id, size = find(lines[i], "id=(%d+);%s+size=(%d+);")
  if tonumber(id) ~= i then error("bad id on line " .. i) end
  sizeSum = sizeSum + tonumber(size)
  local tag = lines[i]:match("tag=(%a+)%.$")
  tagLen = tagLen + #tag
end
print(format("size sum=%d tag chars=%d", sizeSum, tagLen))

-- 3. gsub with string, table and function replacements
local VOWELS = { a = "4", e = "3", i = "1", o = "0" }
local hash, replaced = 0, 0
for i = 1, n do
  local s, c1 = gsub(lines[i], "(%a+)=(%d+)", "%2:%1")
  local t, c2 = gsub(s, "[aeio]", VOWELS)
  local u, c3 = gsub(t, "%f[%a]%a", function(ch) return ch:upper() end)
  replaced = replaced + c1 + c2 + c3
  for j = 1, #u, 5 do hash = (hash * 31 + byte(u, j)) % 1000000007 end
end
print(format("replacements=%d hash=%d", replaced, hash))

-- 4. assorted: rep, reverse, upper/lower, sub, byte scanning
local acc = 0
for i = 1, n, 4 do
  local s = lines[i]
  local r = s:reverse():upper()
  local rr = string.rep(sub(r, 1, 7) .. "|", 3)
  acc = (acc + #rr + byte(rr, 9) + #s:lower()) % 1000000007
  local first = find(s, "size", 1, true)
  acc = (acc + first) % 1000000007
end
print(format("misc=%d", acc))
print(lines[1])
