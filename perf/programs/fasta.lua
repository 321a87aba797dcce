-- fasta: generate DNA sequences in FASTA layout (60 columns): one section
-- by repeating a fixed base string, two by weighted random choice from
-- nucleotide frequency tables (cumulative-probability lookup).  Lines are
-- built with string.sub / string.char / table.concat; instead of printing
-- megabytes the program prints each section's first lines and a checksum
-- of all of them.  Size: n (sections have 2n, 3n and 5n characters).
local n = tonumber(arg and arg[1]) or 250000
local WIDTH = 60
local sub, char, byte, format, concat = string.sub, string.char, string.byte, string.format, table.concat
local unpack = unpack or table.unpack

local seed = 7
local MODULUS = 2147483647
local function random(maxv)
  seed = (seed * 16807) % MODULUS
  return maxv * seed / MODULUS
end

local output = {}    -- the first few lines of every section
local checksum, lines, chars = 0, 0, 0

-- account for one finished line
local function emit(line, section)
  lines = lines + 1
  chars = chars + #line
  local b1, b2, b3 = byte(line, 1, 3)
  checksum = (checksum * 7 + b1 * 3 + (b2 or 0) * 5 + (b3 or 0) + #line) % 1000000007
  if section.shown < 3 then
    section.shown = section.shown + 1
    output[#output + 1] = line
  end
end

local BASE = "GATTCCAGGTACTTAGCCGATTACAGGCAATGCCTAGGATTTCACGTCAGACTTGACCAGTGGCCATAGGCA" ..
             "TTACGGACTTGCAGCTAGGCCATTGACGGATCCAGTTACAGCCTGACTTGAACGGTAACGCATGGTCCAGA"

local function repeatSection(header, count)
  local section = { shown = 0 }
  output[#output + 1] = header
  local src = BASE .. BASE
  local len = #BASE
  local pos = 1
  while count > 0 do
    local w = count < WIDTH and count or WIDTH
    emit(sub(src, pos, pos + w - 1), section)
    pos = pos + w
    if pos > len then pos = pos - len end
    count = count - w
  end
end

-- build the cumulative table from { {symbol, probability}, ... }
local function cumulative(freqs)
  local syms, probs, acc = {}, {}, 0
  for i = 1, #freqs do
    acc = acc + freqs[i][2]
    syms[i] = byte(freqs[i][1])
    probs[i] = acc
  end
  probs[#freqs] = 1.0
  return syms, probs
end

local function randomSection(header, freqs, count)
  local section = { shown = 0 }
  output[#output + 1] = header
  local syms, probs = cumulative(freqs)
  local nsym = #syms
  local buf = {}
  while count > 0 do
    local w = count < WIDTH and count or WIDTH
    for i = 1, w do
      local r = random(1.0)
      local k = 1
      while probs[k] < r and k < nsym do k = k + 1 end
      buf[i] = syms[k]
    end
    for i = w + 1, #buf do buf[i] = nil end
    -- string.char has an argument limit, so convert in chunks of 20
    local parts = {}
    for i = 1, w, 20 do
      local j = i + 19
      if j > w then j = w end
      parts[#parts + 1] = char(unpack(buf, i, j))
    end
    emit(concat(parts), section)
    count = count - w
  end
end

local MIXED = {
  { "a", 0.26 }, { "c", 0.12 }, { "g", 0.12 }, { "t", 0.26 },
  { "B", 0.02 }, { "D", 0.02 }, { "H", 0.02 }, { "K", 0.02 },
  { "M", 0.02 }, { "N", 0.02 }, { "R", 0.02 }, { "S", 0.02 },
  { "V", 0.02 }, { "W", 0.02 }, { "Y", 0.02 },
}
local PLAIN = {
  { "a", 0.3 }, { "c", 0.2 }, { "g", 0.2 }, { "t", 0.3 },
}

repeatSection(">ONE repeated base", 2 * n)
randomSection(">TWO mixed codes", MIXED, 3 * n)
randomSection(">THREE plain bases", PLAIN, 5 * n)

for i = 1, #output do print(output[i]) end
print(format("lines=%d chars=%d checksum=%d", lines, chars, checksum))
