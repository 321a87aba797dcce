-- gmatch with patterns that can match the empty string
local out = {}
for m in ("abc"):gmatch("x*") do out[#out + 1] = "[" .. m .. "]" end
print(#out, table.concat(out))
out = {}
for m in ("a,b,,c"):gmatch("[^,]*") do out[#out + 1] = "[" .. m .. "]" end
print(#out, table.concat(out))
