-- string.rep building a long string
local s = ("0123456789"):rep(1000)
print(#s, s:sub(9995, 10000), s:byte(5000))
local count = 0
for _ in s:gmatch("9") do count = count + 1 end
print(count)
