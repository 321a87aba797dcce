-- a dispatch table of functions
local ops = {
  ["+"] = function(a, b) return a + b end,
  ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end,
  ["/"] = function(a, b) return a / b end,
}
local expr = { { "+", 1, 2 }, { "-", 10, 4 }, { "*", 3, 7 }, { "/", 9, 2 } }
for _, e in ipairs(expr) do print(e[1], ops[e[1]](e[2], e[3])) end
