-- a FIFO queue with head and tail indices
local Q = { first = 1, last = 0, items = {} }
local function push(v) Q.last = Q.last + 1; Q.items[Q.last] = v end
local function pop() local v = Q.items[Q.first]; Q.items[Q.first] = nil; Q.first = Q.first + 1; return v end
for i = 1, 1000 do push(i) end
local s = 0
for i = 1, 600 do s = s + pop() end
for i = 1, 100 do push(i * 10) end
while Q.first <= Q.last do s = s + pop() end
print(s, Q.first, Q.last)
