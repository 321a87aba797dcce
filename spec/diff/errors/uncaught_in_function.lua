-- uncaught error raised several calls deep
local function a() local n; return n + 1 end
local function b() return a() * 2 end
local function c() return b() end
print(c())
