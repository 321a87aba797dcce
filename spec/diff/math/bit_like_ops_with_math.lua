-- bit extraction through floor and fmod
local function bits(n) local o = {} for i = 1, 16 do o[17 - i] = math.fmod(n, 2); n = math.floor(n / 2) end return table.concat(o) end
for _, v in ipairs({ 0, 1, 2, 255, 256, 4095, 65535, 12345 }) do print(v, bits(v)) end
