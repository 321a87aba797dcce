-- __gc runs for userdata (newproxy) when collected, not for tables
local log = {}
do
  local p = newproxy(true)
  getmetatable(p).__gc = function() log[#log + 1] = "proxy" end
  local t = setmetatable({}, { __gc = function() log[#log + 1] = "table" end })
end
collectgarbage()
collectgarbage()
print(#log, log[1])
