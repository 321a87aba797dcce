-- gmatch with a leading ^ (in 5.1 it is not an anchor for gmatch)
local out = {}
for m in ("aaa"):gmatch("^a") do out[#out + 1] = m end
print(#out)
out = {}
for m in ("^a^a"):gmatch("^a") do out[#out + 1] = m end
print(#out)
