-- queens: count all solutions of the 8-queens puzzle by backtracking over
-- row/diagonal occupancy arrays, repeated r times.  Size: repetitions r.
local reps = tonumber(arg and arg[1]) or 100
local N = 8

local cols, diag1, diag2, place = {}, {}, {}, {}

local function clear()
  for i = 1, N do cols[i] = false end
  for i = 1, 2 * N do diag1[i] = false; diag2[i] = false end
end

local first = nil
local function solve(row)
  if row > N then
    if not first then
      local t = {}
      for i = 1, N do t[i] = string.format("%d", place[i]) end
      first = table.concat(t, "")
    end
    return 1
  end
  local found = 0
  for c = 1, N do
    local d1 = row + c
    local d2 = row - c + N
    if not cols[c] and not diag1[d1] and not diag2[d2] then
      cols[c] = true; diag1[d1] = true; diag2[d2] = true
      place[row] = c
      found = found + solve(row + 1)
      cols[c] = false; diag1[d1] = false; diag2[d2] = false
    end
  end
  return found
end

local total = 0
for r = 1, reps do
  clear()
  local s = solve(1)
  if s ~= 92 then error("wrong number of solutions: " .. s) end
  total = total + s
end
print(string.format("%d x %d-queens: %d solutions in total", reps, N, total))
print("first solution: " .. first)
