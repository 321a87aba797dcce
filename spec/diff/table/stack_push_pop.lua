-- a stack with t[#t + 1] and t[#t] = nil
local st = {}
for i = 1, 50 do st[#st + 1] = i * i end
local popped = {}
for i = 1, 5 do popped[i] = st[#st]; st[#st] = nil end
print(#st, table.concat(popped, " "))
