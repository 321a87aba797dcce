-- numeric strings in arithmetic, including hex and spaces
local strs = { "10", "0x10", " 7 ", "1e1", "-3", "0.5", ".5", "5.", "1 2", "", "abc", "0x" }
for i = 1, #strs do print(string.format("%q", strs[i]), pcall(function() return strs[i] + 0 end)) end
