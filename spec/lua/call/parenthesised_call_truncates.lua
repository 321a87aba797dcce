-- (f()) yields exactly one value.
local function two() return "a", "b" end
print((two())) -- expect: a
local function none() end
print((none())) -- expect: nil
print(select("#", (none()))) -- expect: 1
print(select("#", none())) -- expect: 0
