-- require with a bad name and a failing loader
print(pcall(require))
package.preload["bad"] = function() error("loader failed") end
print(pcall(require, "bad"))
package.path = ""
package.cpath = ""
print(pcall(require, "definitely_missing"))
