-- binary search over a sorted array
local t = {}
for i = 1, 50 do t[i] = (i * 31) % 97 end
table.sort(t)
local function find(x)
  local lo, hi = 1, #t
  while lo <= hi do
    local mid = math.floor((lo + hi) / 2)
    if t[mid] == x then return mid elseif t[mid] < x then lo = mid + 1 else hi = mid - 1 end
  end
  return nil
end
print(find(t[1]), find(t[50]), find(31), find(1000), find(-1))
