-- building, reversing and walking a linked list
local list
for i = 1, 100 do list = { value = i, next = list } end
local function reverse(l)
  local r
  while l do l, r = l.next, { value = l.value, next = r } end
  return r
end
local r = reverse(list)
local out = {}
local n = r
for i = 1, 5 do out[i] = n.value; n = n.next end
print(table.concat(out, " "))
local count = 0
while r do count = count + 1; r = r.next end
print(count)
