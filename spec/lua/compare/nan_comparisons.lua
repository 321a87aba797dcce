-- Every ordered comparison with NaN is false; NaN ~= NaN.
local n = 0 / 0
print(n < 1, n > 1, n <= 1, n >= 1) -- expect: false	false	false	false
print(n == n, n ~= n) -- expect: false	true
print(not (n < 1)) -- expect: true
if n < 1 then print("lt") else print("not lt") end -- expect: not lt
if not (n >= 1) then print("not ge") end -- expect: not ge
