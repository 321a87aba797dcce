-- require uses package.preload and caches in package.loaded
package.preload["mymod"] = function(name) return { name = name, loaded = true } end
local m = require("mymod")
print(m.name, m.loaded, package.loaded["mymod"] == m, require("mymod") == m)
print(package.loaded.string == string, package.loaded._G == _G)
package.preload["nilmod"] = function() end
print(require("nilmod"), package.loaded.nilmod)
