-- return with no values, one value, several values and a trailing multret (RET0, RET1, RET, RETM).
local function r0() return end
local function r1() return 1 end
local function rn() return 1, 2 end
local function rm(...) return 0, ... end
print(select("#", r0()), select("#", r1()), select("#", rn())) -- expect: 0	1	2
print(rm("a", "b")) -- expect: 0	a	b
print(select("#", rm())) -- expect: 1
local function none() end
print(select("#", none())) -- expect: 0
