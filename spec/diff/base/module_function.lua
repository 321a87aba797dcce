-- the 5.1 module() function
package.preload["mods.counter"] = function(...)
  module(...)
  count = 0
  function inc() count = count + 1; return count end
end
local m = require("mods.counter")
print(type(m), m.inc(), m.inc(), m.count, m._NAME, m._PACKAGE)
print(mods.counter == m)
