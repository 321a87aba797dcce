-- require returns package.loaded entries and runs preload once
local runs = 0
package.preload["pre"] = function(name) runs = runs + 1; return { name = name } end
local a = require("pre")
local b = require("pre")
print(a == b, a.name, runs)
package.loaded["direct"] = "already"
print(require("direct"))
package.preload["nothing"] = function() end
print(require("nothing"), package.loaded["nothing"])
