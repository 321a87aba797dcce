-- ipairs stops at the first nil.
local t = { 1, 2, nil, 4 }
local n = 0
for i, v in ipairs(t) do n = i end
print(n) -- expect: 2
local s = {}
for i, v in ipairs({ "a", "b", "c", x = "ignored" }) do s[#s + 1] = i .. v end
print(table.concat(s, ",")) -- expect: 1a,2b,3c
for i, v in ipairs({}) do print("never") end
print("done") -- expect: done
