-- 5.1 has no __pairs or __ipairs metamethods
local t = setmetatable({ 1, 2 }, {
  __pairs = function() error("__pairs called") end,
  __ipairs = function() error("__ipairs called") end,
})
local n = 0
for k, v in pairs(t) do n = n + 1 end
for i, v in ipairs(t) do n = n + 1 end
print(n)
