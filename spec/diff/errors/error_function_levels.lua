-- error with levels 0, 1, 2 and 3
local function lvl(n) error("at level " .. n, n) end
local function mid(n) lvl(n) end
local function top(n) mid(n) end
for n = 0, 3 do print(pcall(top, n)) end
