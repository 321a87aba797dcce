-- all solutions of 6 queens yielded one by one
local N = 6
local function place(row, cols)
  if row > N then coroutine.yield(table.concat(cols, "")) return end
  for c = 1, N do
    local ok = true
    for r = 1, row - 1 do
      local cc = cols[r]
      if cc == c or math.abs(cc - c) == row - r then ok = false break end
    end
    if ok then cols[row] = c; place(row + 1, cols); cols[row] = nil end
  end
end
local n = 0
for s in coroutine.wrap(function() place(1, {}) end) do n = n + 1; print(n, s) end
