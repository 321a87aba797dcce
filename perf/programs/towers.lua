-- towers: Towers of Hanoi with real pegs (arrays used as stacks).
-- Every move pops a disc from one peg and pushes it on another, checking
-- the "no larger disc on a smaller one" rule.  Size: number of discs.
local n = tonumber(arg and arg[1]) or 20

local pegs = { {}, {}, {} }
local tops = { 0, 0, 0 }
local moves = 0
local sig = 0

local function push(p, disc)
  local t = tops[p]
  local peg = pegs[p]
  if t > 0 and peg[t] <= disc then error("illegal move") end
  t = t + 1
  peg[t] = disc
  tops[p] = t
end

local function pop(p)
  local t = tops[p]
  if t == 0 then error("empty peg") end
  local disc = pegs[p][t]
  pegs[p][t] = nil
  tops[p] = t - 1
  return disc
end

local function move(from, to, count)
  if count == 1 then
    local disc = pop(from)
    push(to, disc)
    moves = moves + 1
    sig = (sig * 3 + disc * from + to) % 1000003
  else
    local other = 6 - from - to
    move(from, other, count - 1)
    move(from, to, 1)
    move(other, to, count - 1)
  end
end

for d = n, 1, -1 do push(1, d) end
move(1, 3, n)
-- carry the tower on around the ring, 3 -> 2 -> 1
move(3, 2, n)
move(2, 1, n)
print(string.format("discs=%d moves=%d signature=%d", n, moves, sig))
print(string.format("peg sizes: %d %d %d, top=%d bottom=%d", tops[1], tops[2], tops[3],
  pegs[1][tops[1]], pegs[1][1]))
