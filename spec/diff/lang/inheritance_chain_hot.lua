-- method lookups through a three-level __index chain in a loop
local A = {}; A.__index = A
function A:base() return 1 end
local B = setmetatable({}, A); B.__index = B
function B:mid() return 2 end
local C = setmetatable({}, B); C.__index = C
function C:top() return 3 end
local o = setmetatable({}, C)
local s = 0
for i = 1, 3000 do s = s + o:base() + o:mid() + o:top() end
print(s)
