-- Locals survive across yields; shared upvalues are visible on both sides.
local shared = 0
local co = coroutine.wrap(function()
  local mine = 100
  while true do
    shared = shared + 1
    mine = mine + 1
    coroutine.yield(mine)
  end
end)
print(co(), co(), co(), shared) -- expect: 101	102	103	3
shared = 10
co()
print(shared) -- expect: 11
