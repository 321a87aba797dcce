-- base 10 uses the full number syntax
local strs = { "1e308", "1e309", "-1e309", "1e-324", "0x7fffffffffffffff", "  0x10  ", "inf", "nan", "-inf", "1.", ".1", ".", "-.", "1e+", "1e5.5", "0x1e", "00012", "1" .. string.rep("0", 30) }
for i = 1, #strs do print(string.format("%q", strs[i]), tonumber(strs[i]), tonumber(strs[i], 10)) end
