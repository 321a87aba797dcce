-- sign-extending narrow fields with arshift
local bit = require "bit"
local function sext8(x) return bit.arshift(bit.lshift(x, 24), 24) end
local function sext16(x) return bit.arshift(bit.lshift(x, 16), 16) end
for _, v in ipairs({ 0, 1, 127, 128, 255, 0x1ff }) do print(v, sext8(v)) end
for _, v in ipairs({ 0, 0x7fff, 0x8000, 0xffff }) do print(v, sext16(v)) end
