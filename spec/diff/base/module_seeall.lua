-- module with package.seeall creates a global table
package.loaded["mymod"] = nil
local function def()
  module("mymod", package.seeall)
  function hello() return "hello from " .. _NAME end
  value = 7
end
def()
print(type(mymod), mymod.hello(), mymod.value, mymod._NAME, mymod._M == mymod)
print(package.loaded["mymod"] == mymod)
