-- counting moves of the towers of Hanoi
local moves = 0
local last
local function hanoi(n, from, to, via)
  if n == 0 then return end
  hanoi(n - 1, from, via, to)
  moves = moves + 1
  last = from .. "->" .. to
  hanoi(n - 1, via, to, from)
end
hanoi(15, "A", "C", "B")
print(moves, last)
