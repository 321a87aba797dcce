-- __gc on newproxy(true) userdata runs when it is collected.
local function make(name)
  local p = newproxy(true)
  getmetatable(p).__gc = function() print("gc " .. name) end
  return p
end
local keep = make("kept")
local function temp() make("temp") end
temp()
collectgarbage()
print("after first collect")
-- expect: gc temp
-- expect: after first collect
keep = nil
collectgarbage()
print("end")
-- expect: gc kept
-- expect: end
