-- A call as the last argument passes all its results (CALLM); elsewhere just one.
local function three() return 1, 2, 3 end
local function count(...) return select("#", ...) end
print(count(three())) -- expect: 3
print(count(three(), three())) -- expect: 4
print(count(0, three())) -- expect: 4
print(count((three()))) -- expect: 1
print(count(three(), 0)) -- expect: 2
local function tail(...) return count(...) end
print(tail(three())) -- expect: 3
local function tailm() return count(1, three()) end
print(tailm()) -- expect: 4
