-- knucleotide: generate a random DNA sequence (weighted a/c/g/t, like the
-- fasta program's third section, upper-cased), then count every k-mer with
-- a hash table keyed by substrings: all 1- and 2-mers (printed as
-- percentages, sorted by frequency then name) and the number of
-- occurrences of five specific longer k-mers.  Size: sequence length.
local n = tonumber(arg and arg[1]) or 200000
local sub, char, format, upper = string.sub, string.char, string.format, string.upper
local unpack = unpack or table.unpack

local seed = 11
local MODULUS = 2147483647
local function random()
  seed = (seed * 16807) % MODULUS
  return seed / MODULUS
end

-- build the sequence 60 characters at a time
local SYMS = { 97, 99, 103, 116 }          -- a c g t
local PROBS = { 0.3, 0.5, 0.7, 1.0 }
local chunks, buf = {}, {}
local left = n
while left > 0 do
  local w = left < 60 and left or 60
  for i = 1, w do
    local r = random()
    local k = 1
    while PROBS[k] < r do k = k + 1 end
    buf[i] = SYMS[k]
  end
  -- convert 20 bytes per string.char call, joining with ..
  local line = ""
  for i = 1, w, 20 do
    local j = i + 19
    if j > w then j = w end
    line = line .. char(unpack(buf, i, j))
  end
  chunks[#chunks + 1] = line
  left = left - w
end
local seq = upper(table.concat(chunks))

-- count all k-mers of the sequence
local function frequencies(k)
  local counts = {}
  for i = 1, #seq - k + 1 do
    local key = sub(seq, i, i + k - 1)
    counts[key] = (counts[key] or 0) + 1
  end
  return counts
end

local function printSorted(k)
  local counts = frequencies(k)
  local keys, total = {}, 0
  for key, c in pairs(counts) do
    keys[#keys + 1] = key
    total = total + c
  end
  table.sort(keys, function(a, b)
    local ca, cb = counts[a], counts[b]
    if ca ~= cb then return ca > cb end
    return a < b
  end)
  for i = 1, #keys do
    print(format("%s %.3f", keys[i], 100 * counts[keys[i]] / total))
  end
  print("")
end

printSorted(1)
printSorted(2)
local PATTERNS = { "GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT" }
for i = 1, #PATTERNS do
  local p = PATTERNS[i]
  local c = frequencies(#p)[p] or 0
  print(format("%d\t%s", c, p))
end
