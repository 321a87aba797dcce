-- Numeric strings are accepted as for bounds.
local out = {}
for i = "1", "3" do out[#out + 1] = type(i) .. i end
print(table.concat(out, " ")) -- expect: number1 number2 number3
