-- a module requiring itself sees the loop sentinel
package.preload["loopy"] = function()
  local ok, e = pcall(require, "loopy")
  print("inner", ok, e)
  return "loaded"
end
print(require("loopy"))
