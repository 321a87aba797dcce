-- 5.1: __eq runs only for two tables (or two userdata) whose __eq handlers are the same value.
local function sameV(a, b) return a.v == b.v end
local A = setmetatable({ v = 1 }, { __eq = sameV })
local B = setmetatable({ v = 1 }, { __eq = sameV })
local C = setmetatable({ v = 1 }, { __eq = function(a, b) return true end })
local plain = { v = 1 }
print(A == B, A ~= B) -- expect: true	false
print(A == C, C == A) -- expect: false	false
print(A == plain, plain == A) -- expect: false	false
local calls = 0
local D = setmetatable({}, { __eq = function() calls = calls + 1; return true end })
print(D == D, calls) -- expect: true	0
print(D == 1, D == "x", D == nil, calls) -- expect: false	false	false	0
