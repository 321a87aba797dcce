-- the number of comparator calls reveals 5.1's algorithm
local function count(t)
  local n = 0
  table.sort(t, function(a, b) n = n + 1; return a < b end)
  return n
end
print(count({}), count({ 1 }), count({ 1, 2 }), count({ 2, 1 }))
print(count({ 1, 2, 3 }), count({ 3, 2, 1 }), count({ 2, 3, 1 }))
local t = {}
for i = 1, 100 do t[i] = i end
print(count(t))
t = {}
for i = 1, 100 do t[i] = 101 - i end
print(count(t))
t = {}
for i = 1, 100 do t[i] = (i * 37) % 101 end
print(count(t))
t = {}
for i = 1, 100 do t[i] = 5 end
print(count(t))
