-- Proper tail calls do not grow the stack: 100000 deep works.
local function count(n, acc)
  if n == 0 then return acc end
  return count(n - 1, acc + 1)
end
print(count(100000, 0)) -- expect: 100000
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100001)) -- expect: false
