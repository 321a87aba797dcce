-- __tostring may return any value; tostring passes it through
local function mk(v) return setmetatable({}, { __tostring = function() return v end }) end
print(tostring(mk("s")), tostring(mk(42)), type(tostring(mk(42))))
print(tostring(mk(nil)), tostring(mk(true)))
local t = tostring(mk({ 1 }))
print(type(t), t[1])
print(pcall(print, mk(42)))
print(pcall(print, mk(nil)))
print(pcall(print, mk(true)))
print(pcall(print, mk({})))
print(tostring(setmetatable({}, { __tostring = function(self, x) return type(self) .. tostring(x) end })))
